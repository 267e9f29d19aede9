package payment

import (
	"go/ast"
	"go/constant"
	"go/token"
	"strings"
)

const constantString = constant.String

func constantStringVal(v constant.Value) string { return constant.StringVal(v) }

func constantInt64(v constant.Value) (int64, bool) {
	if v == nil {
		return 0, false
	}
	if v.Kind() == constant.Float {
		v = constant.ToInt(v)
	}
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// piece is part of a string value: literal text, or a hole whose value is
// not known statically (Expr is what fills it; Param is the enclosing
// function's parameter it comes from, -1 if none).
type piece struct {
	Lit   string
	Hole  bool
	Expr  ast.Expr
	Param int
}

// strval is a string value as far as it is known.
type strval []piece

func (s strval) String() string {
	var b strings.Builder
	for _, p := range s {
		if p.Hole {
			b.WriteString("{}")
		} else {
			b.WriteString(p.Lit)
		}
	}
	return b.String()
}

func lit(s string) strval { return strval{{Lit: s, Param: -1}} }

func hole(e ast.Expr, param int) strval { return strval{{Hole: true, Expr: e, Param: param}} }

// maxEvalDepth bounds the tracing of string values through variables.
const maxEvalDepth = 12

// evalString evaluates e as a string: constants, concatenation,
// fmt.Sprintf, url.JoinPath, path.Join, (*url.URL).JoinPath / String,
// url.Parse, strings.Join of literals, resolved through local variables
// assigned once and package-level variables. Unknown parts become holes.
func (ix *index) evalString(e ast.Expr) strval {
	return ix.evalStr(e, 0)
}

func (ix *index) evalStr(e ast.Expr, depth int) strval {
	if e == nil {
		return hole(nil, -1)
	}
	e = unparen(e)
	if s, ok := ix.stringConst(e); ok {
		return lit(s)
	}
	if depth > maxEvalDepth {
		return hole(e, -1)
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return append(append(strval{}, ix.evalStr(x.X, depth+1)...), ix.evalStr(x.Y, depth+1)...)
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			break
		}
		if sv, ok := ix.strArg(x); ok { // urlhelper.go
			return sv
		}
		if ref, ok := ix.paramOf[v]; ok {
			return hole(e, ref.Index)
		}
		if a, ok := ix.single(v); ok && a.Index <= 0 {
			if a.Index == 0 {
				// u, err := url.JoinPath(...) / url.Parse(...)
				if call, ok := unparen(a.RHS).(*ast.CallExpr); ok {
					return ix.evalCall(call, e, depth)
				}
				break
			}
			return ix.evalStr(a.RHS, depth+1)
		}
	case *ast.CallExpr:
		return ix.evalCall(x, e, depth)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return ix.evalStr(x.X, depth+1)
		}
	case *ast.StarExpr:
		return ix.evalStr(x.X, depth+1)
	case *ast.CompositeLit:
		// url.URL{Scheme: "https", Host: h, Path: "/v1/payments"}
		if isNamed(ix.info.TypeOf(x), "net/url", "URL") {
			for _, el := range x.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Path" {
						path := ix.evalStr(kv.Value, depth+1)
						if !startsWithSlash(path) {
							path = append(lit("/"), path...)
						}
						return append(hole(nil, -1), path...)
					}
				}
			}
		}
	}
	return hole(e, -1)
}

func (ix *index) evalCall(call *ast.CallExpr, e ast.Expr, depth int) strval {
	// Conversions: string(x), url.URL? keep the operand.
	if tv, ok := ix.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return ix.evalStr(call.Args[0], depth+1)
	}
	fn := calleeOf(ix.info, call)
	if fn == nil {
		return hole(e, -1)
	}
	switch {
	case isFunc(fn, "fmt", "Sprintf") && len(call.Args) >= 1:
		f, ok := ix.stringConst(call.Args[0])
		if !ok {
			break
		}
		return ix.sprintf(f, call.Args[1:], depth)
	case isFunc(fn, "fmt", "Sprint") && len(call.Args) >= 1:
		var out strval
		for _, a := range call.Args {
			out = append(out, ix.evalStr(a, depth+1)...)
		}
		return out
	case isFunc(fn, "net/url", "JoinPath") && len(call.Args) >= 1:
		return ix.joinPath(ix.evalStr(call.Args[0], depth+1), call.Args[1:], depth, false)
	case isFunc(fn, "path", "Join"):
		return ix.joinPath(nil, call.Args, depth, true)
	case isMethod(fn, "net/url", "URL", "JoinPath"):
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
			return ix.joinPath(ix.evalStr(sel.X, depth+1), call.Args, depth, false)
		}
	case isMethod(fn, "net/url", "URL", "String"):
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
			return ix.evalStr(sel.X, depth+1)
		}
	case (isFunc(fn, "net/url", "Parse") || isFunc(fn, "net/url", "ParseRequestURI")) && len(call.Args) == 1:
		return ix.evalStr(call.Args[0], depth+1)
	case isFunc(fn, "strings", "Join") && len(call.Args) == 2:
		sep, ok := ix.stringConst(call.Args[1])
		cl, ok2 := unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok || !ok2 {
			break
		}
		var out strval
		for i, el := range cl.Elts {
			if i > 0 {
				out = append(out, lit(sep)...)
			}
			out = append(out, ix.evalStr(el, depth+1)...)
		}
		return out
	case (isFunc(fn, "strings", "TrimSuffix") || isFunc(fn, "strings", "TrimRight")) && len(call.Args) == 2:
		// base URL cleanup: strings.TrimSuffix(base, "/") keeps its value
		// for our purposes (the base is a hole or a constant host).
		return ix.evalStr(call.Args[0], depth+1)
	}
	if v, ok := ix.helperString(call, fn, depth); ok { // urlhelper.go
		return v
	}
	return hole(e, -1)
}

// sprintf renders a format with its verbs as holes filled by args.
func (ix *index) sprintf(f string, args []ast.Expr, depth int) strval {
	var out strval
	var b strings.Builder
	argi := 0
	flush := func() {
		if b.Len() > 0 {
			out = append(out, lit(b.String())...)
			b.Reset()
		}
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		// skip flags, width, precision, explicit index
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0123456789.[]*", f[j]) >= 0 {
			j++
		}
		if j >= len(f) {
			break
		}
		verb := f[j]
		i = j
		flush()
		if argi < len(args) {
			a := args[argi]
			argi++
			if verb == 's' || verb == 'v' || verb == 'd' {
				if v, ok := ix.strArg(a); ok { // a URL helper's argument, evaluated at its call
					out = append(out, v...)
					continue
				}
				v := ix.evalStr(a, depth+1)
				if !hasHole(v) {
					out = append(out, v...)
					continue
				}
				if len(v) == 1 {
					out = append(out, v...)
					continue
				}
			}
			out = append(out, hole(a, ix.paramIndex(a))...)
			continue
		}
		out = append(out, hole(nil, -1)...)
	}
	flush()
	return out
}

func hasHole(s strval) bool {
	for _, p := range s {
		if p.Hole {
			return true
		}
	}
	return false
}

// paramIndex returns the parameter index an identifier denotes, -1 if none.
func (ix *index) paramIndex(e ast.Expr) int {
	if v := ix.identVar(e); v != nil {
		if ref, ok := ix.paramOf[v]; ok {
			return ref.Index
		}
	}
	return -1
}

func (ix *index) joinPath(base strval, elems []ast.Expr, depth int, clean bool) strval {
	out := append(strval{}, base...)
	for i, el := range elems {
		v := ix.evalStr(el, depth+1)
		if len(out) > 0 || i > 0 || !clean {
			if !endsWithSlash(out) && !startsWithSlash(v) {
				out = append(out, lit("/")...)
			}
		}
		out = append(out, v...)
	}
	return out
}

func endsWithSlash(s strval) bool {
	return len(s) > 0 && !s[len(s)-1].Hole && strings.HasSuffix(s[len(s)-1].Lit, "/")
}

func startsWithSlash(s strval) bool {
	return len(s) > 0 && !s[0].Hole && strings.HasPrefix(s[0].Lit, "/")
}
