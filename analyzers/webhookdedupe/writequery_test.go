package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// WriteQueryQ19: echo Stripe listeners whose store writes through a query
// method reading back what changed — stock lowered by pgx QueryRow with
// the text in a local, a ledger row inserted by sqlx Get with the text in
// a struct of statements, a wallet topped up by database/sql
// QueryRowContext with a package variable, a case allocated through a
// generated DBTX with a commented constant, tasting seats taken by GORM
// Raw(…).Scan — reported, a second delivery writes again. A SELECT, the
// stock set to a count, a raw event logged under its id, the upsert of
// the event id and the compare-and-set returning no row on a repeat
// (both leaving the handler), a credit after the stored status is checked
// and a text built at run time silent.
var _ = cases.Add(webhookdedupe.Analyzer, "WriteQueryQ19", "q19writequery/...")
