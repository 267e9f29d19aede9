package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a provider's remote verification called over plain REST ---------------
//
// PayPal verifies a webhook remotely: the shop posts the Paypal-*
// transmission headers, its webhook id and the event to
// POST /v1/notifications/verify-webhook-signature, and PayPal answers 200
// with verification_status "SUCCESS" or "FAILURE". Without plutov/paypal
// (whose VerifyWebhookSignature the provider table knows) a shop writes
//
//	raw, err := p.doJSON(ctx, http.MethodPost, "/v1/notifications/verify-webhook-signature", req)
//	if err != nil { return Event{}, err }
//	var vr struct{ VerificationStatus string `json:"verification_status"` }
//	if err := json.Unmarshal(raw, &vr); err != nil || vr.VerificationStatus != "SUCCESS" {
//		return Event{}, ErrBadSignature
//	}
//	return parseEvent(payload)
//
// and its handler's check of that error was no check at all. A function
// that sends a request to a provider's verification endpoint (its path a
// constant of the function: payment.RESTVerifierOf) and answers success
// only on the edge where the answer's verdict field (verification_status)
// equals the provider's OK value is a verifier: an error result nil only
// there, or a bool that is that comparison. The call whose verdict is
// never compared (only its transport error checked) is no verifier.
//
// A client may instead hand the verdict back to its caller,
//
//	func (c *Client) VerifyWebhook(ctx context.Context, h http.Header, body []byte) (string, error) {
//		var out struct{ VerificationStatus string `json:"verification_status"` }
//		if err := c.do(ctx, "POST", "/v1/notifications/verify-webhook-signature", req, &out); err != nil {
//			return "", err
//		}
//		return out.VerificationStatus, nil
//	}
//
// Its error says only that PayPal could not be asked; the verdict is the
// string. Such a function is a split-verdict verifier, like plutov/paypal's
// VerifyWebhookSignature (sdkverdict.go): a caller checking its error
// alone checks partially — also when it only logs the verdict —, one
// comparing the verdict with SUCCESS (or FAILURE) and stopping otherwise
// verifies, and one handing the verdict to code paylint cannot read is
// taken to check it.

// restVerifier: fn is such a remote verification.
func (m *Model) restVerifier(fn *ssa.Function) *VerifierFact {
	k := kindOfSig(fn.Signature)
	if k == 0 {
		return nil
	}
	spec := restEndpoint(fn)
	if spec == nil {
		return nil
	}
	var ok []edge
	for _, i := range ifs(fn) {
		if e, found := verdictEdge(i, spec); found {
			ok = append(ok, e)
		}
	}
	if len(ok) == 0 && k == errResult {
		return returnedVerdict(fn, spec) // the caller is handed the verdict to compare
	}
	verified := false
	for _, r := range returns(fn) {
		if len(r.Results) == 0 {
			return nil
		}
		last := r.Results[len(r.Results)-1]
		if k == boolResult {
			if b, isCmp := strip(last).(*ssa.BinOp); isCmp && b.Op == token.EQL && verdictCompare(b, spec) {
				verified = true
				continue
			}
			bv, isConst := constBool(last)
			if !isConst {
				return nil
			}
			if !bv {
				continue
			}
		} else if !isNil(last) && !passThroughErr(last) {
			continue // an error made here, or one tested non-nil: a failure
		}
		if !guardedBy(fn, ok, r.Block()) {
			return nil // a success the verdict does not guard
		}
		verified = true
	}
	if !verified {
		return nil
	}
	return &VerifierFact{Bool: k == boolResult}
}

// restEndpoint: a string constant of fn (or its literals) names a
// provider's remote verification endpoint.
func restEndpoint(fn *ssa.Function) *payment.RESTVerifier {
	var ops []*ssa.Value
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				for _, op := range in.Operands(ops[:0]) {
					if op == nil || *op == nil {
						continue
					}
					if s, ok := constStr(*op); ok {
						if spec := payment.RESTVerifierOf(s); spec != nil {
							return spec
						}
					}
				}
			}
		}
	}
	return nil
}

// verdictEdge: the edge of i taken when the verdict field equals the
// provider's OK value.
func verdictEdge(i *ssa.If, spec *payment.RESTVerifier) (edge, bool) {
	b, ok := i.Cond.(*ssa.BinOp)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ || !verdictCompare(b, spec) {
		return edge{}, false
	}
	if b.Op == token.NEQ {
		return succ(i, 1), true
	}
	return succ(i, 0), true
}

// verdictCompare: b compares the answer's verdict field with the OK value.
func verdictCompare(b *ssa.BinOp, spec *payment.RESTVerifier) bool {
	for _, p := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		if s, ok := constStr(p[1]); ok && s == spec.OK && verdictField(p[0], spec.Field) {
			return true
		}
	}
	return false
}

// verdictField: v reads a struct field whose JSON name is field
// (VerificationStatus `json:"verification_status"`, or untagged
// VerificationStatus, which encoding/json matches case-insensitively).
func verdictField(v ssa.Value, field string) bool {
	var t types.Type
	idx := -1
	switch x := strip(v).(type) {
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		if !ok || x.Op != token.MUL {
			return false
		}
		t, idx = fa.X.Type(), fa.Field
	case *ssa.Field:
		t, idx = x.X.Type(), x.Field
	default:
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || idx >= st.NumFields() {
		return false
	}
	name, _, _ := strings.Cut(reflect.StructTag(st.Tag(idx)).Get("json"), ",")
	if name != "" {
		return name == field
	}
	return strings.EqualFold(st.Field(idx).Name(), strings.ReplaceAll(field, "_", ""))
}

// namesRESTVerifier: a string literal of the package names a provider's
// verification endpoint (the package may verify, mayVerify).
func (m *Model) namesRESTVerifier() bool {
	found := false
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && !found {
				if s, err := strconv.Unquote(lit.Value); err == nil && payment.RESTVerifierOf(s) != nil {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// returnedVerdict: fn, which posts to spec's endpoint and compares its
// verdict nowhere, returns on every success (a nil error) the answer's
// verdict field as one same result other than the last: a VerifierFact
// naming that result.
func returnedVerdict(fn *ssa.Function, spec *payment.RESTVerifier) *VerifierFact {
	if kindOfSig(fn.Signature) != errResult || fn.Signature.Results().Len() < 2 {
		return nil
	}
	idx := -1
	for _, r := range returns(fn) {
		if len(r.Results) < 2 || !isNil(r.Results[len(r.Results)-1]) {
			continue // a failure: the call did not answer
		}
		found := -1
		for i, v := range r.Results[:len(r.Results)-1] {
			if verdictField(v, spec.Field) && isStringType(v.Type()) {
				found = i
			}
		}
		if found < 0 || idx >= 0 && found != idx {
			return nil // a success that hands back no verdict
		}
		idx = found
	}
	if idx < 0 {
		return nil
	}
	// Not Partial: the verdict is handed back, not dropped (a caller
	// reaching it through an interface is taken to compare it).
	return &VerifierFact{Verdict: idx + 1, OK: spec.OK, Fail: spec.Fail,
		Desc: spec.Provider + " POST " + spec.Path}
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// returnedVerdictVerifier is the verifier a call of obj is when its fact
// says it returns a remote verdict (returnedVerdict): a split-verdict
// verifier whose verdict is a string compared with f.OK.
func returnedVerdictVerifier(obj *types.Func, f *VerifierFact) (verifier, bool) {
	if f.Verdict <= 0 || f.OK == "" {
		return verifier{}, false
	}
	sig, _ := obj.Type().(*types.Signature)
	if sig == nil || f.Verdict >= sig.Results().Len() {
		return verifier{}, false
	}
	name := obj.Name()
	if n := funcName(obj); n != "" {
		name = n
	}
	if obj.Pkg() != nil {
		name = obj.Pkg().Name() + "." + name
	}
	return verifier{kind: errResult, sdk: &payment.SDKVerifier{
		Desc: name + " (" + f.Desc + ")", Verdict: f.Verdict - 1, OK: f.OK, Fail: f.Fail,
		Why: "whose error says only that the call failed while the verdict it returns may be " + f.Fail,
		Fix: "compare the verdict it returns with \"" + f.OK + "\"",
	}}, true
}
