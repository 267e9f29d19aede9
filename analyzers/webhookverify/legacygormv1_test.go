package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// LegacyGormV1: a partner box office's posted notice marks the order paid
// through GORM v1 (github.com/jinzhu/gorm: Model(&Order{}).Where(…).
// Update("status", "paid")) with no signature check: reported, as with
// gorm.io/gorm. The same write after an HMAC of the body compared in
// constant time stays silent.
var _ = cases.Add(webhookverify.Analyzer, "LegacyGormV1", "legacygormv1/boxoffice")
