package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// GiftCardReturn: a gift card is itself what was bought (a gift_cards
// row is no saved payment card), and "issued" is its hand-over: a Stripe
// return page storing "issued" through a status setter because the query
// says redirect_status=succeeded, and a Mercado Pago back_url reading the
// payment and never comparing its status before a GiftIssuer bound in
// main issues the card. Silent: the PaymentIntent tested succeeded, the
// payment tested approved, a failed redirect cancelling the card, and a
// pending page noting a reminder.
var _ = cases.Add(redirectfulfill.Analyzer, "GiftCardReturn", "giftcardreturn/...")
