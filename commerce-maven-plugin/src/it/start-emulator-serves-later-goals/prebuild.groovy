def it = evaluate(new File(itRoot, 'common.groovy'))
it.isolate()
true
