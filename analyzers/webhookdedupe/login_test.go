package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// CheckoutBehindLoginP20: a chi bakery's own checkout behind its signed
// session cookie inserting the paid order after charging: no webhook, so
// no repeated delivery, silent; an OpenID Connect return crediting a new
// member's welcome credits (echo): a login, silent.
var _ = cases.Add(webhookdedupe.Analyzer, "CheckoutBehindLoginP20", "p20login/basket", "p20login/signin", "p20login/renewal")
