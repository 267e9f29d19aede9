package payment

// A payment resource is often named with a qualifier in front of the
// plural noun: a bank's "POST /v2/instant-payments", "/sepa-payments",
// "/card_payouts", "/bulk-refunds", "/credit-transfers". The qualifier
// says which rail or product; the last word still says what the call
// makes. Only nouns whose compounds keep the money meaning count:
// payments, payouts and refunds whatever the qualifier; transfers only
// after a money-rail word, since "inventory_transfers", "file-transfers"
// and "domain-transfers" move goods, files and domains.

// compoundNouns are the last words that name a payment resource after
// any qualifier.
var compoundNouns = map[string]bool{"payments": true, "payouts": true, "refunds": true}

// transferRails are the qualifiers that make "<rail>-transfers" a money
// transfer.
var transferRails = map[string]bool{
	"credit": true, "instant": true, "bank": true, "sepa": true, "wire": true,
	"ach": true, "fps": true, "faster": true, "domestic": true,
	"international": true, "outbound": true, "p2p": true, "money": true,
	"fund": true, "funds": true, "payment": true, "rtp": true,
}

// compoundMatch returns the index of the last literal segment of p that
// is such a compound, and whether there is one.
func compoundMatch(p urlPath) (int, bool) {
	last := -1
	for i, s := range p.Segs {
		if s.Hole == nil && compoundSeg(s.Lit) {
			last = i
		}
	}
	return last, last >= 0
}

// compoundSeg: a segment of at least two words whose last is a payment
// noun (a transfer only after a rail word).
func compoundSeg(lit string) bool {
	ws := segWords(lit)
	if len(ws) < 2 {
		return false
	}
	noun := ws[len(ws)-1]
	switch {
	case compoundNouns[noun]:
		return true
	case noun == "transfers":
		return transferRails[ws[len(ws)-2]]
	}
	return false
}
