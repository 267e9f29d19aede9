package payment

import (
	"go/types"
	"strings"
)

// ---- clients of the app's own database that speak HTTP ----------------------
//
// A Supabase app reaches its Postgres through PostgREST, over HTTP:
//
//	client.From("webhook_events").Select("id", "", false).Eq("event_id", evt.ID).ExecuteTo(&rows)
//
// The request leaves the process, but it is a query of the app's own
// database, as db.QueryRowContext is: a duplicate check or a state write
// a webhook should make before it answers, not slow external work. The
// clients are data, one row each, checked against the versions named:
// the whole package for a client that only queries the database, the
// methods that do for a client that also reaches other services (the
// supabase-go client's Auth, Storage and Functions — an edge function
// runs arbitrary code — are not the database).

// dbOverHTTP is one client of the app's own database over HTTP.
type dbOverHTTP struct {
	path string // the module path of its package
	// methods are the client's methods that query the database; none:
	// every function of the package does.
	methods []string
}

var databaseOverHTTP = []dbOverHTTP{
	// supabase-community/postgrest-go v0.0.11: Client.From / Rpc,
	// QueryBuilder.Select/Insert/Upsert/Update/Delete, FilterBuilder
	// filters, Execute / ExecuteTo / ExecuteString.
	{path: "github.com/supabase-community/postgrest-go"},
	// supabase-community/supabase-go v0.0.4: Client.From (a postgrest
	// QueryBuilder) and Client.Rpc (a database function, run at once).
	{path: "github.com/supabase-community/supabase-go", methods: []string{"From", "Rpc"}},
}

// DatabaseOverHTTP reports whether fn is a call of the app's own
// database through a client that speaks HTTP (dbOverHTTP's table).
func DatabaseOverHTTP(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	p := fn.Pkg().Path()
	for _, c := range databaseOverHTTP {
		if p != c.path && !strings.HasPrefix(p, c.path+"/v") {
			continue
		}
		if len(c.methods) == 0 {
			return true
		}
		for _, m := range c.methods {
			if fn.Name() == m {
				return true
			}
		}
	}
	return false
}
