def it = evaluate(new File(itRoot, 'common.groovy'))
it.start()
new File(basedir, 'reports').text = 'a file where the report directory should be\n'
true
