package payment

import (
	"go/ast"
	"go/constant"
	"strings"
)

// ---- a payment read back at the Location its creation answered ---------------
//
// A HAL-style bank API (Dwolla and its likes) answers the creation of a
// transfer with 201 and the new resource's URL in the Location header;
// the client hands that URL out and reads the payment back from it:
//
//	func (c *Client) CreateTransfer(ctx context.Context, t TransferRequest) (string, error) {
//		… POST /transfers with an amount … return resp.Header.Get("Location"), nil
//	}
//	func (c *Client) GetTransfer(ctx context.Context, url string) (*Transfer, error) {
//		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
//		… json.NewDecoder(resp.Body).Decode(&t) // Transfer{ID, Status, Amount}
//	}
//
// The GET has no path to classify: its whole URL is the function's
// parameter. What it reads is told by the two facts together: the
// package creates payments that it names by the Location their creation
// answers, and the function decodes the answer of a GET of a URL it is
// handed into a payment object (a type named for a payment with a
// Status or State, objectread.go). Such a GET is a status read of the
// payment at that URL. A GET of a URL parameter decoded into anything
// else (a list, a report, a struct named for no payment), or in a
// package whose payment writes answer no Location, is no payment read.

// locationRead returns the URL a GET of a parameter of decl reads when
// it is a payment's Location; nil otherwise.
func (b *builder) locationRead(s *httpSend, decl *ast.FuncDecl) ast.Expr {
	if decl == nil || decl.Body == nil || s.Via != nil || !strings.EqualFold(s.Method, "GET") || len(s.URL) != 1 || !s.URL[0].Hole {
		return nil
	}
	url := s.URL[0].Expr
	if url == nil || b.ix.paramIndexIn(url, decl) < 0 {
		return nil
	}
	resp := b.respVar(s.Call, decl)
	if resp == nil || !b.decodesObject(resp, decl) {
		return nil
	}
	for _, w := range b.packageWrites() {
		if w.kind.Has(Create) && w.decl != nil && b.answersLocation(w.decl) {
			return url
		}
	}
	return nil
}

// answersLocation: decl returns the Location header of a response
// (resp.Header.Get("Location")).
func (b *builder) answersLocation(decl *ast.FuncDecl) bool {
	info := b.ix.info
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		r, ok := n.(*ast.ReturnStmt)
		if !ok || found {
			return !found
		}
		for _, res := range r.Results {
			c, ok := unparen(res).(*ast.CallExpr)
			if !ok || len(c.Args) != 1 || !isMethod(calleeOf(info, c), "net/http", "Header", "Get") {
				continue
			}
			if tv, ok := info.Types[c.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && strings.EqualFold(constant.StringVal(tv.Value), "Location") {
				found = true
			}
		}
		return !found
	})
	return found
}
