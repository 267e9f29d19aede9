package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// PostgRESTUpsert: a ticket office's net/http Stripe webhook records the
// delivery through a hand-written Supabase client by PostgREST's upsert
// (?on_conflict=event_id) and reads it back with a gt. filter, with the
// user's bearer token and no apikey header: its own database, silent
// (the filter list payment/postgrest.go shares with the paid-state
// writes). Reported: the same webhook also holding the seat at a venue's
// API under /rest/v1/ with a plain query.
var _ = cases.Add(webhookack.Analyzer, "PostgRESTUpsert", "pgupsert/...")
