package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// UserLoginX19: a provider's payment notification (an echo Xendit-style
// invoice callback, a chi Midtrans-style notification) whose route sits
// behind the app's own user login only — a bearer token checked by the
// app's token service, a session cookie looked up, the user stored in the
// request's context — is unverified: a provider is no logged-in user, and
// any user can post a paid status. Silent: a JWT-protected back-office
// endpoint, a user's own page behind the session, and a middleware that
// checks both the user's login and the provider's callback token.
var _ = cases.Add(webhookverify.Analyzer, "UserLoginX19", "x19userauth/...")
