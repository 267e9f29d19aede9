package payment

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/goroot"
)

// libraries are the SDKs, HTTP, retry, id and web-framework packages
// themselves: their own code is never a merchant's payment flow.
var libraries = modules{
	"github.com/stripe/stripe-go",
	"github.com/go-resty/resty",
	"github.com/hashicorp/go-retryablehttp",
	"github.com/hashicorp/go-cleanhttp",
	"github.com/cenkalti/backoff",
	"github.com/avast/retry-go",
	"github.com/sethvargo/go-retry",
	"github.com/google/uuid",
	"github.com/oklog/ulid",
	"github.com/segmentio/ksuid",
	"github.com/rs/xid",
	"github.com/gin-gonic/gin",
	"github.com/go-chi/chi",
	"github.com/labstack/echo",
	"github.com/gofiber/fiber",
	"github.com/gorilla/mux",
	"github.com/svix/svix-webhooks",
	"gorm.io",
	"github.com/jinzhu/gorm",
	"github.com/jmoiron/sqlx",
	"github.com/jackc/pgx",
	"golang.org/x",
	"google.golang.org",
	"honnef.co/go/tools",
	"github.com/golangci",
}

// Library reports whether path is a package of a library paylint knows:
// an SDK, HTTP, retry, id, web-framework, chain or infrastructure
// package. Its own code is never a merchant's flow, and what the rules
// need to know of it is data (the provider tables), so the models skip it.
func Library(path string) bool {
	return libraries.MatchString(path) || providerLibrary(path) || chainLibraries.MatchString(path) ||
		infraLibraries.MatchString(path)
}

// forceRelevant makes every package relevant (stress tests only).
var forceRelevant = false

// reachTargets: a package must (transitively) import one of these to
// perform a payment op itself.
func isReachTarget(path string, cfg *config.Config) bool {
	switch {
	case path == "net/http", path == restyPath, path == rhttpPath:
		return true
	case stripeRoot.MatchString(path) || strings.HasPrefix(path, "github.com/stripe/stripe-go"):
		return true
	case providerLibrary(path): // provider_*.go
		return true
	case chainLibraries.MatchString(path): // chainreads.go
		return true
	}
	if cfg != nil {
		for _, f := range cfg.Functions {
			if f.Package == path {
				return true
			}
		}
	}
	return false
}

// InGOROOT reports whether the package's files live in the standard
// library's source tree (the models skip it: no merchant code there).
func InGOROOT(pass *analysis.Pass) bool { return goroot.Pass(pass) }

// relevant decides, cheaply and before any recognition, whether the
// package can perform a payment op.
func relevant(pass *analysis.Pass, cfg *config.Config) bool {
	if pass.Pkg == nil || len(pass.Files) == 0 {
		return false
	}
	if forceRelevant {
		return true
	}
	path := pass.Pkg.Path()
	if InGOROOT(pass) || Library(path) {
		return false
	}
	if reaches(pass.Pkg, cfg) {
		return true
	}
	for _, f := range pass.AllObjectFacts() {
		switch f.Fact.(type) {
		case *WrapperFact, *SendFact, *StatusParamFact, *FieldStatusFact, *MongoInsertParamFact:
			return true
		}
	}
	return hasCandidates(pass)
}

// reaches reports whether pkg transitively imports a reach target.
func reaches(pkg *types.Package, cfg *config.Config) bool {
	seen := map[*types.Package]bool{}
	stack := []*types.Package{pkg}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, imp := range p.Imports() {
			if seen[imp] {
				continue
			}
			seen[imp] = true
			if isReachTarget(imp.Path(), cfg) {
				return true
			}
			stack = append(stack, imp)
		}
	}
	return false
}

// hasCandidates: the package declares or calls a function that may
// fulfil or store a paid state (by name, by directive, or an Exec/Update
// method for SQL and GORM state writes).
func hasCandidates(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && directive.OnFunc(fd, directive.Fulfillment) {
				return true
			}
		}
	}
	for _, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		switch fn.Name() {
		case "Exec", "ExecContext", "MustExec", "MustExecContext", "Update", "Updates", "UpdateColumn",
			"UpdateColumns", "Save", "Create":
			// a storage-only package (GORM, sqlx, pgx) writing a paid
			// state: its facts must exist for the handlers calling it
			return true
		}
		if confirmsPayment(fn) {
			// an interface's ConfirmPayment / CompletePayment, judged by the
			// handler model on return pages (abstract effects)
			return true
		}
		if sqlQueryMethod(fn) {
			// UPDATE … RETURNING through a query method (queryrowwrite.go)
			return true
		}
		if fulfilmentName(fn.Name()) != 0 || storeWriteCandidate(fn) {
			// storeWriteCandidate: a mongo, redis or ent write
			// (dbwrites.go) of a repository package
			return true
		}
	}
	return false
}

// makesKeys: a package outside the standard library and the known
// libraries that imports a maker of unique values (uuid, ulid, ksuid, xid,
// crypto/rand, math/rand, stripe-go) and may wrap it in a key helper.
func makesKeys(pass *analysis.Pass) bool {
	if pass.Pkg == nil || len(pass.Files) == 0 || InGOROOT(pass) || Library(pass.Pkg.Path()) {
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		switch p := imp.Path(); {
		case p == "github.com/google/uuid", p == "github.com/segmentio/ksuid", p == "github.com/rs/xid",
			p == "crypto/rand", p == "math/rand", p == "math/rand/v2",
			ulidPath.MatchString(p), uuidOther.MatchString(p), stripeRoot.MatchString(p):
			return true
		}
	}
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*FreshFact); ok {
			return true
		}
	}
	return false
}

// sqlQueryMethod: fn is a query method of database/sql, sqlx or pgx
// (QueryRow, QueryContext, Queryx…), which can carry an UPDATE … RETURNING.
// Only those packages: url.Values' Query and the like are no storage.
func sqlQueryMethod(fn *types.Func) bool {
	if !queryMethods[fn.Name()] || fn.Pkg() == nil { // queryrowwrite.go
		return false
	}
	path := fn.Pkg().Path()
	return path == "database/sql" || path == "github.com/jmoiron/sqlx" || strings.HasPrefix(path, "github.com/jackc/pgx")
}

// confirmsPayment: fn is an interface method named Confirm/Complete + a
// payment noun (ConfirmPayment, CompleteOrder): on a return page it may
// hand over what was paid for, with its implementation wired elsewhere.
func confirmsPayment(fn *types.Func) bool {
	w := splitWords(fn.Name())
	if len(w) < 2 || (w[0] != "confirm" && w[0] != "complete") || !paymentNouns[w[1]] {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}
