package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// OIDCRedirectP20: an echo OpenID Connect return (code exchanged, ID
// token verified, a state secret tested for emptiness) crediting a new
// member, and the implicit flow's posted ID token: logins, silent; a chi
// checkout behind the app's signed session cookie storing the paid order:
// the payer's side, silent.
var _ = cases.Add(webhookverify.Analyzer, "OIDCRedirectP20", "p20login/basket", "p20login/signin")
