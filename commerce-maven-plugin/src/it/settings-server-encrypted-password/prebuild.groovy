def it = evaluate(new File(itRoot, 'common.groovy'))
it.start(['commerce.serverId': 'commerce-it-encrypted'])
true
