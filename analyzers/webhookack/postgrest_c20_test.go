package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// PostgRESTC20: a print shop's net/http Stripe webhook reads, updates and
// inserts its orders through a hand-written Supabase client (PostgREST
// over HTTP: rest/v1/ with eq. filters, select=, or the apikey header):
// its own database, silent as over database/sql. Reported: the same
// webhook also submitting the job to a partner's API that lives under
// /rest/v1/ too, with neither PostgREST syntax nor the apikey header.
var _ = cases.Add(webhookack.Analyzer, "PostgRESTC20", "c20postgrest/...")
