package payment

import (
	"go/ast"
	"testing"
)

// TestSegFormResources: a two-word payment resource is one resource
// whichever separator joins it: POST /payment-orders creates as
// /payment_orders does, GET /direct-debits/{id} reads a debit; words that
// name no payment stay nothing with either separator, and a hyphen does
// not make a single payment word out of a longer segment.
func TestSegFormResources(t *testing.T) {
	id := &ast.Ident{Name: "id"}
	for _, c := range []struct {
		method string
		url    strval
		want   Kind
	}{
		{"POST", strval{{Lit: "/payment-orders"}}, Write | Create},
		{"POST", strval{{Lit: "/payment_orders"}}, Write | Create},
		{"POST", strval{{Lit: "/v1/direct-debits"}}, Write | Create},
		{"POST", strval{{Lit: "/v2/wire-transfers"}}, Write | Create},
		{"POST", strval{{Lit: "/v1/usage-records"}}, Write | Create},
		{"GET", strval{{Lit: "/payment-orders/"}, {Hole: true, Expr: id, Param: -1}}, StatusRead},
		{"GET", strval{{Lit: "/v1/ach-transfers/"}, {Hole: true, Expr: id, Param: -1}}, StatusRead},
		// Look-alikes: no payment resource under either separator.
		{"POST", strval{{Lit: "/payment-methods"}}, 0},
		{"POST", strval{{Lit: "/purchase-orders"}}, 0},
		{"POST", strval{{Lit: "/work-orders"}}, 0},
		{"POST", strval{{Lit: "/payment-orders-export"}}, 0},
		{"GET", strval{{Lit: "/payment-methods/"}, {Hole: true, Expr: id, Param: -1}}, 0},
	} {
		p, ok := parseURL(c.url)
		if !ok {
			t.Fatalf("parseURL(%v) failed", c.url)
		}
		kind, _, _ := classifyHTTP(c.method, p, []string{"POST", "PATCH", "PUT", "DELETE"}, nil)
		if kind != c.want {
			t.Errorf("%s %s: kind %v, want %v", c.method, p, kind, c.want)
		}
	}
}
