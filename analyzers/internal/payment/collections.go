package payment

import (
	"go/ast"
	"go/token"
	"strings"
)

// A mobile-money "collection" is a request to pay (MTN MoMo's Collections
// product, the "/v1/collections" resource of aggregators): POST creates
// one, GET /collections/{id} reads its state. The word alone also names
// product-catalogue groups (Shopify, Webflow), CMS and Postman
// collections and database collections, so it is taken as a payment
// resource only in a package that also acts on one collection as on a
// payment: a refund, reversal, capture or cancel of
// "/collections/{id}/refunds". Such a package gets the word as an extra
// payment resource (as a .paylint.yml payment_urls entry would give it).

// collectionActions are the payment actions that make the word a payment.
var collectionActions = map[string]bool{
	"refunds": true, "refund": true, "reversals": true, "reverse": true,
	"reversal": true, "capture": true, "captures": true, "cancel": true,
}

// collectionResources returns ["collections"] when the package's URLs
// act on a collection as on a payment, nil otherwise.
func (b *builder) collectionResources() []string {
	found := false
	for _, f := range b.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING &&
				strings.Contains(strings.ToLower(bl.Value), "collections") {
				found = true
			}
			return !found
		})
	}
	if !found {
		return nil
	}
	yes := false
	for _, f := range b.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if yes {
				return false
			}
			var e ast.Expr
			switch x := n.(type) {
			case *ast.BinaryExpr:
				if x.Op != token.ADD {
					return true
				}
				e = x
			case *ast.CallExpr:
				e = x
			default:
				return true
			}
			if tv, ok := b.ix.info.Types[e]; !ok || tv.Type == nil || !isString(tv.Type) {
				return true
			}
			if p, ok := parseURL(b.ix.evalString(e)); ok && refundsCollection(p) {
				yes = true
			}
			return false // the outermost string expression only
		})
	}
	if yes {
		return []string{"collections"}
	}
	return nil
}

// refundsCollection: ".../collections/{id}/refunds".
func refundsCollection(p urlPath) bool {
	for i := 0; i+2 < len(p.Segs); i++ {
		if p.Segs[i].Lit == "collections" && p.Segs[i+1].Hole != nil &&
			collectionActions[p.Segs[i+2].Lit] {
			return true
		}
	}
	return false
}
