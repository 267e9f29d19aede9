package payment

import (
	"go/ast"
	"go/token"
	"strings"
)

// A bank's or aggregator's "POST /v2/collections" with an amount pulls
// money from the payer (a direct debit collection, a mobile-money request
// to pay): a payment write. The word alone also names catalogue, CMS,
// Postman and database collections, which carry no amount; u12
// (collections.go) takes it when the package refunds a collection.
// Here it is also taken when a function of the package sends to a path
// ending in "/collections" and names an amount, itself or in a function
// of the package it calls (the body helper: c.post(ctx, "/v2/collections",
// c.newCollection(stmt)) with AmountCents set in newCollection).

// amountCollectionResources returns ["collections"] when a function of
// the package sends an amount to a path ending in "/collections".
func (b *builder) amountCollectionResources() []string {
	var senders []*ast.FuncDecl
	for _, f := range b.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if pathEndsIn(fd.Body, "/collections") {
				senders = append(senders, fd)
			}
		}
	}
	for _, fd := range senders {
		if namesAmount(fd.Body) {
			return []string{"collections"}
		}
		found := false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || found {
				return !found
			}
			fn := calleeOf(b.ix.info, call)
			if fn == nil || fn.Pkg() != b.pass.Pkg {
				return true
			}
			if cd := b.ix.declOf[fn]; cd != nil && cd.Body != nil && cd != fd && namesAmount(cd.Body) {
				found = true
			}
			return !found
		})
		if found {
			return []string{"collections"}
		}
	}
	return nil
}

// pathEndsIn: body holds a string literal ending in suffix.
func pathEndsIn(body *ast.BlockStmt, suffix string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if x, ok := n.(*ast.BasicLit); ok && x.Kind == token.STRING &&
			strings.HasSuffix(strings.ToLower(strings.Trim(x.Value, "\"`")), suffix) {
			found = true
		}
		return !found
	})
	return found
}

// namesAmount: body sets an amount, as a string key ("amount",
// "amount_minor") or a composite literal's field (Amount, AmountCents).
func namesAmount(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BasicLit:
			s := strings.ToLower(strings.Trim(x.Value, "\"`"))
			if x.Kind == token.STRING && (s == "amount" || strings.HasPrefix(s, "amount_") || strings.HasPrefix(s, "amountcents")) {
				found = true
			}
		case *ast.KeyValueExpr:
			if id, ok := x.Key.(*ast.Ident); ok && strings.HasPrefix(strings.ToLower(id.Name), "amount") {
				found = true
			}
		}
		return !found
	})
	return found
}
