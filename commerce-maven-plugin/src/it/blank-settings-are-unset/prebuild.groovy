def it = evaluate(new File(itRoot, 'common.groovy'))
it.start()
true
