package output

import (
	"crypto/sha256"
	"encoding/hex"
	"go/ast"
	"go/token"
	"strings"
	"unicode"
)

// FingerprintKey names paylint's entry in a SARIF result's
// partialFingerprints. Bump its version when Fingerprint changes, so that
// code scanning does not mistake new fingerprints for old ones.
const FingerprintKey = "paylint/v1"

// Fingerprint identifies a finding across unrelated edits: a sha256 (hex)
// over the analyzer, f.File, the enclosing function (when known) and the
// message with its digits removed. It leaves out the line and column, and
// the digits of the message ("retried by retry.Do (line 70)"), so a finding
// keeps its fingerprint when code above it moves.
//
// f.File should be relative to the repository's top level (SrcRoot.Rel), as
// it is in SARIF, so that the fingerprint does not depend on the directory
// paylint ran in. Two findings of one analyzer with the same message in the
// same function share a fingerprint; SARIF tells them apart by order (see
// SARIF).
func Fingerprint(f Finding) string {
	h := sha256.New()
	for _, s := range []string{f.Analyzer, f.File, f.Function, stripDigits(f.Message)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func stripDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, s)
}

// enclosingFunc names the function declaration of files that contains pos:
// "Charge" for a function, "Store.MarkPaid" for a method (pointer receiver
// or not, type parameters dropped). A function literal counts as part of
// the declaration around it. It returns "" outside any function declaration
// or when no file contains pos.
func enclosingFunc(files []*ast.File, pos token.Pos) string {
	for _, f := range files {
		if f == nil || pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || pos < fd.Pos() || pos > fd.End() {
				continue
			}
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				if recv := recvName(fd.Recv.List[0].Type); recv != "" {
					return recv + "." + fd.Name.Name
				}
			}
			return fd.Name.Name
		}
		return ""
	}
	return ""
}

// recvName is the type name of a receiver: T, *T, T[P], *T[P, Q].
func recvName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// FunctionAt names the function declaration of f (parsed into fset)
// around line:col, as Finding.Function holds it; "" outside any function.
// For drivers that get positions rather than syntax trees (go vet's JSON).
func FunctionAt(fset *token.FileSet, f *ast.File, line, col int) string {
	tf := fset.File(f.Pos())
	if tf == nil || line < 1 || line > tf.LineCount() {
		return ""
	}
	return enclosingFunc([]*ast.File{f}, tf.LineStart(line)+token.Pos(max(col-1, 0)))
}
