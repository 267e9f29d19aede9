package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// MongoGenericInsert: an echo Stripe webhook adding a membership document
// on every delivery, through a generic repository (Repo[D].Add calling
// mongo's InsertOne) or InsertOne itself, reported. Silent: the document
// keyed by the event's id with the duplicate-key error answered, an
// existing membership looked up first, and the same repository inserting
// an audit entry.
var _ = cases.Add(webhookdedupe.Analyzer, "MongoGenericInsert", "mongosubs/...")
