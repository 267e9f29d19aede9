package payment

import (
	"go/ast"
	"strings"
)

// ---- a charge created at the id its caller chose ----------------------------------
//
// Most APIs create with a POST to a collection and answer with the new
// object's id. Some let the caller choose the id and create with a PUT
// to it: the BACEN API Pix, which every Brazilian PSP serves, creates an
// immediate charge with "PUT /v2/cob/{txid}" and a due-date charge with
// "PUT /v2/cobv/{txid}" (the txid is the merchant's, 26 to 35
// characters), while "POST /v2/cob" lets the PSP choose the txid and
// "GET /v2/cob/{txid}" reads the charge back (readResourceSegs,
// urlclass.go); "PATCH /v2/cob/{txid}" revises one. Such a charge is a
// payable object, like a payment link (payable.go): creating it moves
// no money, and a repeat with the same txid is the same charge, so it
// is a Create but no Write (idempotency stays silent, the txid in the
// path is its key), while a charge created anew under a new txid inside
// a loop that polls the old one gives the payer two QR codes to pay
// (pollcreate). A PUT anywhere else (a webhook's URL, a customer, a
// payment updated in place: "PUT /v2/webhook/{chave}", "PUT
// /customers/{id}") replaces what it names and creates nothing here.

// callerKeyedCreates are provider data: the collections whose charges
// are created with a PUT to the id the caller chose, each with whether
// a POST to the collection also creates one (the provider then chooses
// the id).
var callerKeyedCreates = map[string]struct{ post bool }{
	// BACEN API Pix v2: immediate charges (PUT /cob/{txid}, POST /cob).
	"cob": {post: true},
	// BACEN API Pix v2: charges with a due date (PUT /cobv/{txid} only).
	"cobv": {post: false},
}

// callerKeyedCreate: method and p create a charge of callerKeyedCreates:
// a PUT whose path ends with the collection and one id (the id, as a
// hole, is returned), or a POST to the collection itself where the
// provider creates by POST too.
func callerKeyedCreate(method string, p urlPath) (ok bool, id ast.Expr, idParam int) {
	n := len(p.Segs)
	switch strings.ToUpper(method) {
	case "PUT":
		if n < 2 || p.Segs[n-1].Hole == nil || p.Segs[n-2].Hole != nil {
			return false, nil, -1
		}
		if _, known := callerKeyedCreates[p.Segs[n-2].Lit]; !known {
			return false, nil, -1
		}
		h := p.Segs[n-1].Hole
		return true, h.Expr, h.Param
	case "POST":
		if n < 1 || p.Segs[n-1].Hole != nil {
			return false, nil, -1
		}
		c, known := callerKeyedCreates[p.Segs[n-1].Lit]
		return known && c.post, nil, -1
	}
	return false, nil, -1
}
