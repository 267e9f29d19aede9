package payment

import "strings"

// ---- debits ----------------------------------------------------------------------
//
// A debit pulls money from a payer's bank account against a mandate
// ("POST /v1/debits", "/direct_debits", Increase's "/ach_transfers" with
// a negative amount, Modern Treasury's "/payment_orders" with direction
// debit): a payment write, and a retry pulls twice. The same word in a
// merchant's own books ("/ledgers/{id}/debits", "/journal/debits") is an
// entry recorded, and no money moves.

// debitWords are the resource words of a pull that a bookkeeping path
// turns into an entry.
var debitWords = map[string]bool{"debit": true, "debits": true, "direct_debits": true, "directdebits": true, "ach_debits": true}

// bookSegs name the merchant's own bookkeeping.
var bookSegs = map[string]bool{
	"ledger": true, "ledgers": true, "journal": true, "journals": true, "accounting": true,
	"entries": true, "bookkeeping": true,
}

// bookedDebit: the resource ending at last is a debit word and the path
// names bookkeeping.
func bookedDebit(p urlPath, last int) bool {
	if last < 0 || !debitWords[p.Segs[last].Lit] {
		return false
	}
	for _, s := range p.Segs {
		if s.Hole == nil && bookSegs[strings.ToLower(s.Lit)] {
			return true
		}
	}
	return false
}
