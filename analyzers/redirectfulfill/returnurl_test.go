package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// ReturnURLR19: the page registered on the success URL the app itself
// hands the provider is the buyer's return page whatever its route's
// words. Reported: an echo tour shop's /trips/:id/landing, the
// success_redirect_url of the Xendit invoice it builds (a tag of its own
// request struct), confirming the trip on the browser's word; a gin
// studio's /classes/:id/booked, a Stripe Checkout SuccessURL, booking the
// class; a chi gym's Welcome page of a web package, the redirectUrl of a
// Mollie payment built by its billing package, activating the membership,
// reported where cmd/gymd routes it. Silent: the failure URL's and the
// cancel URL's pages, a success page reading the session (or the
// payment, through billing) back and testing it paid, a gift card's
// success URL on a page that only thanks, and pages no URL names (the
// gym's trial page routed elsewhere, an itinerary).
var _ = cases.Add(redirectfulfill.Analyzer, "ReturnURLR19", "r19returnurl/...")
