package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// CheckoutBehindLoginP20: a chi bakery's own checkout, behind an
// HMAC-signed session cookie its helper checks, charging the card at
// Stripe and storing the paid order: the payer's side, silent (the cookie
// check verifies a person, not a provider). RenewalChargeP20: the same
// package's Stripe renewal hook, verified by its signature, charging again
// before it answers: reported. OIDCRedirectP20: an echo OpenID Connect
// return exchanging the code (or verifying a posted ID token) after an
// issuer discovery call, crediting a new member: silent.
var _ = cases.Add(webhookack.Analyzer, "CheckoutBehindLoginP20", "p20login/basket", "p20login/signin", "p20login/renewal")
