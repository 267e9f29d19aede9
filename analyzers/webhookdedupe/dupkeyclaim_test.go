package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// DupKeyClaim: a ledger insert made unique by a constraint whose
// duplicate-key error is answered by leaving is the dedupe claim: a
// net/http Stripe webhook granting lesson credits through a ledger that
// inserts the entry with database/sql and answers SQLite's "UNIQUE
// constraint failed" through a helper of its own before raising the
// balance, one on pgx answering SQLSTATE 23505 through errors.As, one on
// gorm answering gorm.ErrDuplicatedKey and one on MySQL answering error
// 1062 (the target declared between the insert and its test), silent.
// Reported: the insert whose failure is only logged before the balance
// moves, a duplicate test of the audit row inserted after an unkeyed
// credit entry, a 1062 test of a lookup's error before the insert, and an
// entry inserted with no error test.
var _ = cases.Add(webhookdedupe.Analyzer, "DupKeyClaim", "keyedcredit/...")
