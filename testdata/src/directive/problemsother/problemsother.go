// Package problemsother is problems seen from the analyzer "other": the
// problems "other" owns, and demo's, which it must not report.
package problemsother

func charge() {}
func refund() {}

func misspeltDemo() {
	//paylint:ignore dmeo reported by demo
	charge()
}

func unknownNoSuggestion() {
	//paylint:ignore nolint reported by demo, the first of the registry
	charge()
}

func unknownNearOther() {
	//paylint:ignore othr the provider dedupes // want `^//paylint:ignore names no paylint analyzer "othr" \(did you mean "other"\?\); it suppresses nothing$`
	refund() // want `refund called`
}

func unknownBesideOther() {
	//paylint:ignore other,nosuch reconciled // want `^//paylint:ignore names no paylint analyzer "nosuch"; that name suppresses nothing`
	refund()
}

func nameless() {
	//paylint:ignore
	refund() // want `refund called`
}

func noReason() {
	//paylint:ignore other // want `^//paylint:ignore other has no reason and suppresses nothing`
	refund() // want `refund called`
}

func noReasonDemoFirst() {
	//paylint:ignore demo,other
	refund() // want `refund called`
}

func nearMissNamingOther() {
	//paylint-ignore other reconciled // want `^//paylint-ignore is not a directive \(the separator is a colon\): write //paylint:ignore <analyzer> <reason>$`
	refund() // want `refund called`
}

func nearMissNamingNobody() {
	// paylint:ignore nosuch x
	refund() // want `refund called`
}

func stale() {
	//paylint:ignore other nothing to suppress // want `^//paylint:ignore other suppresses no finding here: remove it$`
	charge()
}

func staleDemo() {
	//paylint:ignore demo reported by demo
	refund() // want `refund called`
}

func staleForOneName() {
	//paylint:ignore demo,other demo suppresses nothing, other does
	refund()
}

func staleForBoth() {
	//paylint:ignore other,demo neither // want `^//paylint:ignore other,demo: other suppresses no finding here: remove other from it$`
	_ = 0
}
