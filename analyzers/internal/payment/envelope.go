package payment

import "go/ast"

// ---- bodies sent base64-encoded inside an envelope -----------------------------
//
// UPI gateways (PhonePe, and the aggregators modelled on it) take the
// request as {"request": base64(json)} with a checksum header: the
// fields that say what the request does, and the merchant's transaction
// id the gateway dedupes on, are inside the base64 payload. So a body
// that is a JSON object one of whose values is base64 of some bytes is
// read as those bytes too: its fields and keys are the payload's.

// envelopePayload returns the bytes a request body carries base64-encoded
// in a JSON envelope (bytes.NewReader(json.Marshal(map[string]string{
// "request": base64.StdEncoding.EncodeToString(raw)}))): raw; nil when
// body is no such envelope.
func (ix *index) envelopePayload(body ast.Expr) ast.Expr {
	return ix.envelopeIn(body, 0)
}

func (ix *index) envelopeIn(e ast.Expr, depth int) ast.Expr {
	if e == nil || depth > maxEvalDepth {
		return nil
	}
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		if tv, ok := ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return ix.envelopeIn(x.Args[0], depth+1) // []byte(s), string(b)
		}
		fn := calleeOf(ix.info, x)
		switch {
		case fn == nil || len(x.Args) == 0:
		case isFunc(fn, "bytes", "NewReader"), isFunc(fn, "bytes", "NewBuffer"), isFunc(fn, "bytes", "NewBufferString"),
			isFunc(fn, "strings", "NewReader"), isFunc(fn, "io", "NopCloser"):
			return ix.envelopeIn(x.Args[0], depth+1)
		case isFunc(fn, "encoding/json", "Marshal"):
			return ix.envelopeValue(x.Args[0], depth+1)
		}
	case *ast.Ident:
		if v := ix.identVar(x); v != nil && len(ix.assigns[v]) == 1 {
			return ix.envelopeIn(ix.assigns[v][0].RHS, depth+1)
		}
	}
	return nil
}

// envelopeValue: the literal marshalled (a map or struct literal, or a
// variable holding one) has a value that is base64 of some bytes: those.
func (ix *index) envelopeValue(e ast.Expr, depth int) ast.Expr {
	if depth > maxEvalDepth {
		return nil
	}
	switch x := stripAddr(e).(type) {
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			v := el
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				v = kv.Value
			}
			if raw := ix.base64Of(v, depth+1); raw != nil {
				return raw
			}
		}
	case *ast.Ident:
		if v := ix.identVar(x); v != nil && len(ix.assigns[v]) == 1 {
			return ix.envelopeValue(ix.assigns[v][0].RHS, depth+1)
		}
	}
	return nil
}

// base64Of: e is base64.<Encoding>.EncodeToString(raw) (through a local
// variable assigned once): raw.
func (ix *index) base64Of(e ast.Expr, depth int) ast.Expr {
	if depth > maxEvalDepth {
		return nil
	}
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		if fn := calleeOf(ix.info, x); isMethod(fn, "encoding/base64", "Encoding", "EncodeToString") && len(x.Args) == 1 {
			return x.Args[0]
		}
	case *ast.Ident:
		if v := ix.identVar(x); v != nil && len(ix.assigns[v]) == 1 {
			return ix.base64Of(ix.assigns[v][0].RHS, depth+1)
		}
	}
	return nil
}

// addBody records a request body, and the payload of its envelope.
func (s *httpSend) addBody(ix *index, body ast.Expr) {
	s.Bodies = append(s.Bodies, body)
	if raw := ix.envelopePayload(body); raw != nil {
		s.Bodies = append(s.Bodies, raw)
	}
}
