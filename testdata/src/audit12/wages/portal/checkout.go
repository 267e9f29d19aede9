// Package portal is the employer portal's billing area: fee invoices paid
// through Stripe Checkout, plan upgrades, float top-ups and the India fee
// callback from Razorpay Checkout.
package portal

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"

	"audit12/wages/domain"

	"github.com/go-chi/chi/v5"
	razorpay "github.com/razorpay/razorpay-go"
	stripe "github.com/stripe/stripe-go/v82"
)

// InvoiceStore is the part of the payroll store the portal uses.
type InvoiceStore interface {
	Invoice(ctx context.Context, id string) (*domain.Invoice, error)
	AttachSession(ctx context.Context, invoiceID, sessionID string) error
	MarkInvoicePaid(ctx context.Context, invoiceID string) error
}

// Plans switches an employer's subscription plan.
type Plans interface {
	GrantPlan(ctx context.Context, employerID, plan string) error
}

// Floats credits an employer's prefunded float.
type Floats interface {
	ApplyTopup(ctx context.Context, paymentIntentID, employerID string, amount int64) error
}

// Handler serves the billing pages.
type Handler struct {
	sc       *stripe.Client
	rzp      *razorpay.Client
	invoices InvoiceStore
	plans    Plans
	floats   Floats
	fees     FeeBook
	base     string
	tmpl     *template.Template
	log      *slog.Logger
}

// Deps groups the handler's collaborators.
type Deps struct {
	Stripe   *stripe.Client
	Razorpay *razorpay.Client
	Invoices InvoiceStore
	Plans    Plans
	Floats   Floats
	Fees     FeeBook
	BaseURL  string
	Tmpl     *template.Template
	Log      *slog.Logger
}

// New builds the billing handler.
func New(d Deps) *Handler {
	return &Handler{sc: d.Stripe, rzp: d.Razorpay, invoices: d.Invoices, plans: d.Plans, floats: d.Floats, fees: d.Fees,
		base: d.BaseURL, tmpl: d.Tmpl, log: d.Log}
}

// Mount registers the billing routes on r.
func (h *Handler) Mount(r chi.Router) {
	r.Post("/billing/invoices/{id}/pay", h.payInvoice)
	r.Get("/billing/invoices/{id}/return", h.invoiceReturn)
	r.Get("/billing/plan/success", h.planSuccess)
	r.Get("/billing/topup/return", h.topupReturn)
	r.Post("/billing/fees/razorpay/callback", h.razorpayCallback)
	r.Get("/settings/bank/complete", h.bankLinked)
}

func (h *Handler) payInvoice(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	inv, err := h.invoices.Invoice(ctx, chi.URLParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if inv.Status == "paid" {
		http.Redirect(w, r, "/billing/invoices/"+inv.ID, http.StatusSeeOther)
		return
	}
	params := &stripe.CheckoutSessionCreateParams{
		Mode:              stripe.String(stripe.CheckoutSessionModePayment),
		ClientReferenceID: stripe.String(inv.ID),
		SuccessURL:        stripe.String(h.base + "/billing/invoices/" + inv.ID + "/return?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(h.base + "/billing/invoices/" + inv.ID),
		Metadata:          map[string]string{"invoice_id": inv.ID, "employer_id": inv.EmployerID},
	}
	params.SetIdempotencyKey("invoice-checkout-" + inv.ID)
	s, err := h.sc.V1CheckoutSessions.Create(ctx, params)
	if err != nil {
		h.log.Error("checkout session", "invoice", inv.ID, "err", err)
		http.Error(w, "payment page unavailable", http.StatusBadGateway)
		return
	}
	_ = h.invoices.AttachSession(ctx, inv.ID, s.ID)
	http.Redirect(w, r, s.URL, http.StatusSeeOther)
}

// invoiceReturn is where Stripe Checkout sends the employer back.
func (h *Handler) invoiceReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	invID := chi.URLParam(r, "id")
	s, err := h.sc.V1CheckoutSessions.Retrieve(ctx, r.URL.Query().Get("session_id"), nil)
	if err != nil || s.ClientReferenceID != invID {
		http.Error(w, "unknown checkout", http.StatusBadRequest)
		return
	}
	if s.Status == stripe.CheckoutSessionStatusComplete {
		if err := h.invoices.MarkInvoicePaid(ctx, invID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
			h.log.Error("mark invoice paid", "invoice", invID, "err", err)
		}
	}
	h.render(w, "invoice_return.html", map[string]any{"Invoice": invID, "Status": s.Status})
}

// planSuccess thanks the employer after the plan upgrade checkout.
func (h *Handler) planSuccess(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	employerID, plan := q.Get("employer"), q.Get("plan")
	if q.Get("session_id") == "" || employerID == "" {
		http.Redirect(w, r, "/billing", http.StatusSeeOther)
		return
	}
	if err := h.plans.GrantPlan(r.Context(), employerID, plan); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status from the provider"
		http.Error(w, "could not update plan", http.StatusInternalServerError)
		return
	}
	h.render(w, "plan_success.html", map[string]any{"Plan": plan})
}

// topupReturn lands the employer back after a card float top-up.
func (h *Handler) topupReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	pi, err := h.sc.V1PaymentIntents.Retrieve(ctx, r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "try again shortly", http.StatusBadGateway)
		return
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		h.render(w, "topup_pending.html", map[string]any{"Status": pi.Status})
		return
	}
	if err := h.floats.ApplyTopup(ctx, pi.ID, pi.Metadata["employer_id"], pi.AmountReceived); err != nil {
		h.log.Error("float credit", "pi", pi.ID, "err", err)
	}
	h.render(w, "topup_done.html", map[string]any{"Amount": pi.AmountReceived})
}

// bankLinked ends the bank-account linking flow of employer onboarding.
func (h *Handler) bankLinked(w http.ResponseWriter, r *http.Request) {
	h.render(w, "bank_linked.html", map[string]any{"Account": r.URL.Query().Get("account")})
}

func (h *Handler) render(w http.ResponseWriter, name string, data any) {
	if err := h.tmpl.ExecuteTemplate(w, name, data); err != nil {
		h.log.Error("render", "tmpl", name, "err", err)
	}
}
