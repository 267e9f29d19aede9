package handler

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/goroot"
)

// ---- a row of the app is no key to verify with -------------------------------
//
// shapeVerifier takes a call handed the request and a secret for a check
// of the sender. "A secret" is known by its name (apiKey, signingKey), so
// a metered API's helper handed the request context and the caller's API
// key row (relay.respond(c, reply, apiKey *models.APIKey), which bills the
// caller's organisation and answers) was taken for a verifier; through
// the summaries of the functions returning its error, the product's own
// POST /v1/messages then "verified a signature" and was judged a webhook.
// Key material is a string or bytes, or a key type of the standard library
// or of another module (*rsa.PublicKey, a JWK); a struct the app itself
// declares (a row of its api_keys table, an organisation, its settings) is
// what the app knows of a caller, not a key a sender's signature is
// checked against, so by itself it makes no call a verifier.

// appRecord: v is a struct, or a pointer to one, of a type declared in the
// analysed module (not the standard library, not another module), or a
// field of one not itself named as a key (apiKey.OrgID: the row's name
// made it "a secret", the field is the caller's organisation).
func (m *Model) appRecord(v ssa.Value) bool {
	if m.appRecordType(v.Type()) {
		return true
	}
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			return m.appRecordType(fa.X.Type()) && !secretName(fieldName(fa.X.Type(), fa.Field))
		}
	case *ssa.Field:
		return m.appRecordType(x.X.Type()) && !secretName(fieldName(x.X.Type(), x.Field))
	}
	return false
}

func (m *Model) appRecordType(t types.Type) bool {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok || goroot.Decl(m.pass.Fset, n.Obj()) {
		return false
	}
	p := n.Obj().Pkg().Path()
	first, _, _ := strings.Cut(p, "/")
	// A path without a dot that is not the standard library is a local
	// module (testdata, a module named "shop/").
	return !strings.Contains(first, ".") || modulePrefix(p) == modulePrefix(m.pass.Pkg.Path())
}
