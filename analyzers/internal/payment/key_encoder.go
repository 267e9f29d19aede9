package payment

import (
	"go/ast"
	"go/types"
)

// A local pure encoder renders a message into the bytes (or text) of a
// request body with the package's own code rather than encoding/json:
//
//	func EncodeXML(p Params) []byte   // <xml><k>v</k>…</xml>
//	func render(m Msg) string         // sorted k=v pairs
//
// A body made by such a function is the message it was handed, so the
// message is the body's value: a wrapper that posts
// bytes.NewReader(EncodeXML(p)) sends its parameter p, and a key in the
// caller's p is the request's key. "Pure" is what keeps this safe: a
// function that may send the message (and return the answer) does I/O,
// so only calls of formatting, encoding, hashing and in-memory buffers
// are allowed in it.

// pureEncoderPkgs: standard packages whose functions compute in memory.
// fmt is allowed only for Sprint* and for Fprint* into an in-memory
// buffer (fmtPure).
var pureEncoderPkgs = map[string]bool{
	"bytes": true, "strings": true, "strconv": true, "sort": true, "slices": true, "maps": true,
	"unicode": true, "unicode/utf8": true, "unicode/utf16": true, "html": true, "net/url": true,
	"encoding/xml": true, "encoding/json": true, "encoding/hex": true, "encoding/base64": true,
	"encoding/base32": true, "math": true, "errors": true, "hash": true,
	"crypto/md5": true, "crypto/sha1": true, "crypto/sha256": true, "crypto/sha512": true, "crypto/hmac": true,
}

// encoderParam returns the index of the message parameter of fn when fn
// is a local pure encoder (its first result is []byte or string, it has
// one map or struct parameter that it reads, its other parameters are
// basic values, and its body computes in memory), -1 otherwise.
func (b *builder) encoderParam(fn *types.Func, cd *ast.FuncDecl) int {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || cd == nil || cd.Body == nil {
		return -1
	}
	res := sig.Results()
	if res.Len() < 1 || res.Len() > 2 || !isBytesOrString(res.At(0).Type()) {
		return -1
	}
	if res.Len() == 2 && !types.Identical(res.At(1).Type(), types.Universe.Lookup("error").Type()) {
		return -1
	}
	msg := messageParam(sig.Params())
	if msg < 0 || !usesVar(b.ix.info, cd.Body, sig.Params().At(msg)) {
		return -1
	}
	if !b.pureBody(cd.Body, map[*types.Func]bool{fn: true}) {
		return -1
	}
	return msg
}

// messageParam: the one map or struct (or pointer to struct) parameter
// of params, the others basic; -1 if there is none or more than one.
func messageParam(params *types.Tuple) int {
	msg := -1
	for i := 0; i < params.Len(); i++ {
		t := params.At(i).Type()
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		switch t.Underlying().(type) {
		case *types.Map, *types.Struct:
			if msg >= 0 {
				return -1
			}
			msg = i
		case *types.Basic:
		default:
			return -1
		}
	}
	return msg
}

func isBytesOrString(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		e, ok := u.Elem().Underlying().(*types.Basic)
		return ok && e.Kind() == types.Byte
	}
	return false
}

// usesVar: v is referred to in body.
func usesVar(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// pureBody: every call in body computes in memory: conversions,
// builtins, functions of pureEncoderPkgs, methods of in-memory buffers
// and encoders, and local functions that are pure themselves. No
// goroutines, no channel sends, no calls of function values.
func (b *builder) pureBody(body *ast.BlockStmt, seen map[*types.Func]bool) bool {
	pure := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.GoStmt, *ast.SendStmt:
			pure = false
		case *ast.CallExpr:
			pure = b.pureCall(x, seen)
		}
		return pure
	})
	return pure
}

func (b *builder) pureCall(call *ast.CallExpr, seen map[*types.Func]bool) bool {
	info := b.ix.info
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	if id, ok := unparen(call.Fun).(*ast.Ident); ok {
		if _, ok := info.Uses[id].(*types.Builtin); ok {
			return true
		}
	}
	fn := calleeOf(info, call)
	switch {
	case fn == nil:
		return false // a function value: unknown
	case fn.Pkg() == b.pass.Pkg:
		if seen[fn] {
			return true // recursion: judged by the other calls
		}
		cd := b.ix.declOf[fn]
		if cd == nil || cd.Body == nil || len(seen) > 8 {
			return false
		}
		seen[fn] = true
		return b.pureBody(cd.Body, seen)
	case funcPath(fn) == "fmt":
		return b.fmtPure(call, fn)
	case isMethod(fn, "encoding/json", "Encoder", "Encode"), isMethod(fn, "encoding/xml", "Encoder", "Encode"):
		return true // its writer is judged where NewEncoder is called
	case isFunc(fn, "encoding/json", "NewEncoder"), isFunc(fn, "encoding/xml", "NewEncoder"):
		return len(call.Args) == 1 && inMemoryWriter(info.TypeOf(call.Args[0]))
	}
	return pureEncoderPkgs[funcPath(fn)]
}

// fmtPure: Sprint*/Errorf, or Fprint* into a bytes.Buffer or a
// strings.Builder; never Print* (standard output) or another writer.
func (b *builder) fmtPure(call *ast.CallExpr, fn *types.Func) bool {
	switch fn.Name() {
	case "Sprint", "Sprintf", "Sprintln", "Errorf", "Append", "Appendf", "Appendln":
		return true
	case "Fprint", "Fprintf", "Fprintln":
		return len(call.Args) > 0 && inMemoryWriter(b.ix.info.TypeOf(call.Args[0]))
	}
	return false
}

// inMemoryWriter: *bytes.Buffer or *strings.Builder.
func inMemoryWriter(t types.Type) bool {
	return isNamed(t, "bytes", "Buffer") || isNamed(t, "strings", "Builder")
}
