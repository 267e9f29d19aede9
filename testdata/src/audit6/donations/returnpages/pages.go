package returnpages

import (
	"fmt"
	"log"
	"net/http"

	"github.com/plutov/paypal/v4"
)

// oneOffReturn captures the approved order; only a completed capture
// marks the donation paid.
func (p *Pages) oneOffReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	orderID := r.URL.Query().Get("token")
	capture, err := p.pp.CaptureOrder(ctx, orderID, paypal.CaptureOrderRequest{}) // audit: false alarm webhookdedupe, webhookack (fixed): a buyer return page, not a webhook
	if err != nil {
		http.Redirect(w, r, "/donate/paypal/problem", http.StatusSeeOther)
		return
	}
	if capture.Status != paypal.OrderStatusCompleted {
		http.Redirect(w, r, "/donate/paypal/pending", http.StatusSeeOther)
		return
	}
	if _, err := p.db.ExecContext(ctx, `UPDATE donations SET status = 'paid', paid_at = now() WHERE paypal_order_id = $1`, orderID); err != nil {
		log.Printf("order %s: %v", orderID, err)
	}
	fmt.Fprint(w, "Thank you for your donation!")
}

// monthlyReturn is PayPal's return_url once the donor approved the
// monthly subscription.
func (p *Pages) monthlyReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pledgeID, subscriptionID := q.Get("pledge"), q.Get("subscription_id")
	if subscriptionID == "" {
		http.Error(w, "missing subscription", http.StatusBadRequest)
		return
	}
	_, err := p.db.ExecContext(r.Context(), // audit: redirectfulfill: PayPal's subscription return_url activates the monthly pledge from subscription_id in the query string without reading the subscription from PayPal; Exirom: never trust the success redirect // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler"
		`UPDATE pledges SET status = 'active', paypal_subscription_id = $1, activated_at = now() WHERE id = $2`,
		subscriptionID, pledgeID)
	if err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "Your monthly gift is set up. Thank you!")
}

// newsletterConfirm is the double opt-in link of the newsletter.
func (p *Pages) newsletterConfirm(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	res, err := p.db.ExecContext(r.Context(),
		`UPDATE newsletter_subscriptions SET status = 'active', confirmed_at = now() WHERE confirm_token = $1`, token)
	if err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.Error(w, "link expired", http.StatusGone)
		return
	}
	fmt.Fprint(w, "You're subscribed.")
}
