package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// MongoGenericInsertUnsigned: a net/http Lemon Squeezy webhook inserting
// a membership document through a generic mongo repository
// (Repo[D].Add → InsertOne) with no signature check reported; the same
// behind an HMAC of the body, and the repository inserting an audit
// entry, silent.
var _ = cases.Add(webhookverify.Analyzer, "MongoGenericInsertUnsigned", "mongosubsverify/...")
