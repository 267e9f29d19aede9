package retry

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// errsOnStatusSDKs are SDKs whose calls return the *http.Response next to
// an error that is non-nil for every status >= 300 (and for transport
// failures), as OpenAPI-generated clients do. Checked in the module
// cache: adyen-go-api-library v21.2.0, src/common/client.go
// (httpResponse.StatusCode >= 300 → NewAPIError).
var errsOnStatusSDKs = []string{
	"github.com/adyen/adyen-go-api-library/",
}

// ErrsOnStatus reports whether call is a call of such an SDK that returns
// a *http.Response: its error stands for every non-2xx answer, so a
// retry on the error alone retries 4xx refusals.
func ErrsOnStatus(info *types.Info, call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	known := false
	for _, p := range errsOnStatusSDKs {
		if strings.HasPrefix(fn.Pkg().Path()+"/", p) {
			known = true
		}
	}
	if !known {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return false
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if IsResponse(sig.Results().At(i).Type()) {
			return true
		}
	}
	return false
}

// errorListSDKs are SDKs whose responses carry the API's errors as a
// list next to the result (square-go-sdk v1.5.0, types.go:
// CreatePaymentResponse.Errors []*Error with Category, Code, Detail).
// The SDK also returns an error for every non-2xx answer; code that
// tests the list reads the answer, and sending every listed error round
// again (if len(resp.Errors) == 0 { return }; sleep; retry) retries
// declines and invalid requests.
var errorListSDKs = []string{
	"github.com/square/square-go-sdk/",
}

// ErrorListField returns the field of t (a response of such an SDK, or
// a pointer to one) holding the API's errors, nil when it has none.
func ErrorListField(t types.Type) *types.Var {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !knownPath(n.Obj().Pkg().Path(), errorListSDKs) {
		return nil
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		sl, isSlice := f.Type().Underlying().(*types.Slice)
		if f.Name() != "Errors" || !isSlice {
			continue
		}
		if e, ok := types.Unalias(derefType(sl.Elem())).(*types.Named); ok && e.Obj().Name() == "Error" && e.Obj().Pkg() == n.Obj().Pkg() {
			return f
		}
	}
	return nil
}

func knownPath(path string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(path+"/", p) {
			return true
		}
	}
	return false
}
