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
