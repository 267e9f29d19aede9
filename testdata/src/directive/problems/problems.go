// Package problems holds directive problems owned by the analyzer "demo"
// (registry: demo, other), and look-alikes owned by "other" or sound, which
// demo must not report.
package problems

func charge() {}
func refund() {}

// Unknown analyzer names.

func misspelt() {
	//paylint:ignore dmeo the provider dedupes // want `^//paylint:ignore names no paylint analyzer "dmeo" \(did you mean "demo"\?\); it suppresses nothing$`
	charge() // want `charge called`
}

func noSuggestion() {
	//paylint:ignore nolint reason given // want `^//paylint:ignore names no paylint analyzer "nolint"; it suppresses nothing \(paylint's analyzers: demo, other\)$`
	charge() // want `charge called`
}

func unknownBesideKnown() {
	//paylint:ignore demo,nosuch reconciled nightly // want `^//paylint:ignore names no paylint analyzer "nosuch"; that name suppresses nothing \(paylint's analyzers: demo, other\)$`
	charge()
}

func unknownNoReason() {
	//paylint:ignore dmeo // want `^//paylint:ignore names no paylint analyzer "dmeo" \(did you mean "demo"\?\); it has no reason either and suppresses nothing: write //paylint:ignore <analyzer> <why this is safe>$`
	charge() // want `charge called`
}

func unknownNearOther() {
	//paylint:ignore othr reported by other, the nearest
	refund()
}

func unknownBesideOther() {
	//paylint:ignore other,nosuch reported by other, the known one named
	refund()
}

// No name, no reason.

func nameless() {
	//paylint:ignore // want `^//paylint:ignore needs an analyzer name and a reason: //paylint:ignore demo <why this is safe>$`
	charge() // want `charge called`
}

func noReasonDemoFirst() {
	//paylint:ignore demo,other // want `^//paylint:ignore demo,other has no reason and suppresses nothing`
	charge() // want `charge called`
}

// Near misses.

func spaced() {
	// paylint:ignore demo the provider dedupes // want `^// paylint:ignore is not a directive \(no space after //\): write //paylint:ignore <analyzer> <reason>$`
	charge() // want `charge called`
}

func trailingSpaced() {
	charge() // paylint:ignore demo same line // want `charge called` `^// paylint:ignore is not a directive \(no space after //\)`
}

func nearMissNamingOther() {
	//paylint-ignore other reported by other
	refund()
}

func nearMissNamingNobody() {
	//paylint:nolint // want `^//paylint:nolint is not a directive \(the directive is ignore\): write //paylint:ignore <analyzer> <reason>$`
	charge() // want `charge called`
}

// Suppressions that suppress nothing.

func stale() {
	//paylint:ignore demo nothing to suppress here // want `^//paylint:ignore demo suppresses no finding here: remove it$`
	refund()
}

func staleOther() {
	//paylint:ignore other reported by other
	charge() // want `charge called`
}

func staleForOneName() {
	//paylint:ignore demo,other other suppresses nothing, demo does
	charge()
}

func staleForBoth() {
	//paylint:ignore other,demo neither does anything // want `^//paylint:ignore other,demo: demo suppresses no finding here: remove demo from it$`
	_ = 0
}

func tooFar() {
	//paylint:ignore demo two lines up does not count // want `suppresses no finding here`

	charge() // want `charge called`
}

// Sound directives: silent.

func used() {
	//paylint:ignore demo the provider dedupes on order id
	charge()
	charge() //paylint:ignore demo same line
}

func twoDirectivesOneFinding() {
	//paylint:ignore demo line above
	charge() //paylint:ignore demo and same line: both did their job
}

func lookAlikes() {
	// paylint: expect demo
	// paylint ignores nothing here, this is prose
	// Use //paylint:ignore <analyzer> <reason> to silence a finding.
	refund()
}
