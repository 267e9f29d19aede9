package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// SupabaseClient: an app marketplace's net/http Stripe webhooks reach
// their only database through the Supabase client (supabase-go's From and
// Rpc, postgrest-go's builders and ExecuteTo: PostgREST over HTTP): the
// event id checked and recorded, the sale stored paid and a listing
// transferred by a database function, directly and through a store
// package, silent as over database/sql. Reported: the same webhooks also
// asking an escrow partner's API to release the seller's share (behind a
// store method that first updates the sale through PostgREST) and posting
// the sale to the seller's endpoint before answering.
var _ = cases.Add(webhookack.Analyzer, "SupabaseClient", "supabasewebhook/...")
