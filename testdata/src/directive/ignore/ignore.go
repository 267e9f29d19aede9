package ignore

func charge() {}

func flagged() {
	charge() // want `charge called`
}

func ignoredSameLine() {
	charge() //paylint:ignore demo the provider dedupes on order id
}

func ignoredLineAbove() {
	//paylint:ignore other,demo reconciled nightly
	charge()
}

func otherAnalyzerNamed() {
	//paylint:ignore other not this one
	charge() // want `charge called`
}

func noReasonDoesNotSuppress() {
	//paylint:ignore demo // want `has no reason and suppresses nothing`
	charge() // want `charge called`
}

func tooFarAbove() {
	//paylint:ignore demo two lines up does not count

	charge() // want `charge called`
}

//paylint:fulfillment
func shipOrder() {}

func notADirective() {
	//paylint:ignoredemo glued words are not a directive // want `^//paylint:ignoredemo is not a directive \(the directive is ignore\)`
	charge() // want `charge called`
}
