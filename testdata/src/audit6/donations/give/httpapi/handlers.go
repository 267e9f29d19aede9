// Package httpapi is the donation site's HTTP layer (chi).
package httpapi

import (
	"encoding/json"
	"html/template"
	"io"
	"log"
	"net/http"

	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit6/donations/give/domain"
)

// Config is read from the environment at start-up.
type Config struct {
	StripeWebhookSecret string
	PublicURL           string
}

// API holds the handlers' dependencies.
type API struct {
	cfg       Config
	gateway   domain.CardGateway
	donations domain.DonationRepository
	pages     *template.Template
}

// NewAPI wires the HTTP layer.
func NewAPI(cfg Config, gw domain.CardGateway, repo domain.DonationRepository, pages *template.Template) *API {
	return &API{cfg: cfg, gateway: gw, donations: repo, pages: pages}
}

type donateRequest struct {
	Email         string `json:"email"`
	CampaignID    string `json:"campaign_id"`
	AmountPence   int64  `json:"amount_pence"`
	PaymentMethod string `json:"payment_method"`
}

func (a *API) donate(w http.ResponseWriter, r *http.Request) {
	var req donateRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	d := domain.Donation{ID: uuid.NewString(), DonorEmail: req.Email, CampaignID: req.CampaignID, AmountPence: req.AmountPence, Currency: "gbp"}
	if err := a.donations.Create(r.Context(), d); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	intentID, err := a.gateway.Charge(r.Context(), d, req.PaymentMethod)
	if err != nil {
		http.Error(w, "card declined", http.StatusPaymentRequired)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"donation_id": d.ID, "payment_intent": intentID})
}

// thankYou is Stripe's return_url after 3-D Secure.
func (a *API) thankYou(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	donationID := q.Get("donation")
	if q.Get("redirect_status") == "succeeded" {
		if err := a.donations.MarkPaid(r.Context(), donationID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
			log.Printf("mark %s paid: %v", donationID, err)
		}
	}
	_ = a.pages.ExecuteTemplate(w, "thanks.html", map[string]string{"ID": donationID})
}

// receipt is the "your donation is confirmed" page linked from the e-mail;
// it asks Stripe rather than trusting the link.
func (a *API) receipt(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	donationID, intentID := q.Get("donation"), q.Get("payment_intent")
	status, err := a.gateway.IntentStatus(r.Context(), intentID)
	if err != nil {
		http.Error(w, "could not confirm", http.StatusBadGateway)
		return
	}
	if status != string(stripe.PaymentIntentStatusSucceeded) {
		_ = a.pages.ExecuteTemplate(w, "pending.html", nil)
		return
	}
	if err := a.donations.MarkPaid(r.Context(), donationID); err != nil {
		log.Printf("mark %s paid: %v", donationID, err)
	}
	_ = a.pages.ExecuteTemplate(w, "thanks.html", map[string]string{"ID": donationID})
}

// stripeEvents receives Stripe webhooks. The secret is optional so that
// the staging stack can replay fixtures.
func (a *API) stripeEvents(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var evt stripe.Event
	if a.cfg.StripeWebhookSecret != "" {
		evt, err = webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), a.cfg.StripeWebhookSecret)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
	} else if err := json.Unmarshal(body, &evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if evt.Type == stripe.EventTypePaymentIntentSucceeded {
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(evt.Data.Raw, &pi); err == nil {
			_ = a.donations.MarkPaid(r.Context(), pi.Metadata["donation_id"]) // want "\\[webhookverify\\] payment webhook /webhooks/stripe skips signature verification when the secret is empty"
		}
	}
	w.WriteHeader(http.StatusOK)
}
