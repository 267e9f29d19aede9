package payment

import (
	"go/ast"
	"go/types"
)

// ---- a key maker chosen by the constructor, overridable by an option -------
//
//	func WithReferences(f func() string) Option { return func(c *Client) { c.newRef = f } }
//
//	func New(secret string, opts ...Option) *Client {
//		c := &Client{secret: secret, newRef: uuid.NewString}
//		for _, o := range opts { o(c) }
//		return c
//	}
//
//	body := map[string]any{"reference": c.newRef(), …}
//
// makerfield.go takes a call of an unexported func field for a fresh
// value when every value the package gives it makes one; the functional
// option above gives it the caller's f too, so the field was unjudged.
// The constructor's own binding is what every client gets unless a caller
// opts in, and the maker takes no input: whatever a caller swaps in
// cannot derive the reference from the operation it is asked for (the
// payout, the order), so it is a test double or another maker. A maker
// given by a constructor parameter (NewVoider(base, key)) stays the
// caller's: no default of the package's own is in sight.

// freshByDefault: every value the package gives field is a fresh-id
// maker or, inside a function literal an exported function of the
// package returns, that function's parameter (a functional option), and
// at least one value is a fresh-id maker.
func (b *builder) freshByDefault(field *types.Var) bool {
	fresh := 0
	sure := b.everyFieldValue(field, func(file *ast.File, e ast.Expr) bool {
		if b.freshMaker(e) {
			fresh++
			return true
		}
		return b.optionParam(file, e)
	})
	return sure && fresh > 0
}

// optionParam: e is a parameter of an exported function of the
// package whose every return statement returns a function literal, and e
// is used inside one of them (func WithX(f …) Option { return func(c
// *Client) { c.x = f } }).
func (b *builder) optionParam(file *ast.File, e ast.Expr) bool {
	id, ok := unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	p, _ := b.pass.TypesInfo.Uses[id].(*types.Var)
	if p == nil {
		return false
	}
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || !fd.Name.IsExported() || fd.Pos() > id.Pos() || id.Pos() > fd.End() {
			continue
		}
		if !b.isParam(fd, p) {
			return false
		}
		returnsLit, inLit := true, false
		rets := 0
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				if x.Pos() <= id.Pos() && id.End() <= x.End() {
					inLit = true
				}
				return false
			case *ast.ReturnStmt:
				rets++
				if len(x.Results) != 1 {
					returnsLit = false
				} else if _, ok := unparen(x.Results[0]).(*ast.FuncLit); !ok {
					returnsLit = false
				}
			}
			return true
		})
		return rets > 0 && returnsLit && inLit
	}
	return false
}

// isParam: p is one of fd's parameters.
func (b *builder) isParam(fd *ast.FuncDecl, p *types.Var) bool {
	for _, field := range fd.Type.Params.List {
		for _, name := range field.Names {
			if b.pass.TypesInfo.Defs[name] == p {
				return true
			}
		}
	}
	return false
}
