package web

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"audit21/storage/billing"
	"audit21/storage/store"
)

// deskRoutes are used by site staff and by the tenant portal.
func (s *Server) deskRoutes(r chi.Router) {
	r.Post("/portal/invoices/{invoiceID}/pay", s.payNow)
	r.Post("/desk/invoices/{invoiceID}/settle", s.settleAtDesk)
	r.Post("/desk/au/refunds/{refundID}", s.auRefund)
}

func (s *Server) dueInvoice(ctx context.Context, r *http.Request) (store.DueInvoice, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "invoiceID"), 10, 64)
	if err != nil {
		return store.DueInvoice{}, err
	}
	inv, err := s.q.GetInvoice(ctx, id)
	if err != nil {
		return store.DueInvoice{}, err
	}
	rental, err := s.q.GetRental(ctx, inv.RentalID)
	if err != nil {
		return store.DueInvoice{}, err
	}
	return store.DueInvoice{
		ID: inv.ID, RentalID: rental.ID, TenantID: rental.TenantID, AmountPence: inv.AmountPence,
		Currency: inv.Currency, Method: rental.PaymentMethod, Customer: rental.StripeCustomer,
		PaymentPM: rental.StripePM, MandateID: rental.MandateID, ProviderRef: inv.ProviderRef,
		Attempts: int(inv.Attempts),
	}, nil
}

// payNow charges an open invoice to the tenant's saved card.
func (s *Server) payNow(w http.ResponseWriter, r *http.Request) {
	inv, err := s.dueInvoice(r.Context(), r)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	pi, err := s.billing.ChargeRent(r.Context(), inv)
	if errors.Is(err, billing.ErrDeclined) {
		writeJSON(w, http.StatusPaymentRequired, map[string]string{"status": "declined"})
		return
	}
	if err != nil {
		http.Error(w, "payment unavailable", http.StatusBadGateway)
		return
	}
	_ = s.st.SetInvoiceStatus(r.Context(), inv.ID, "submitted", pi.ID)
	writeJSON(w, http.StatusAccepted, map[string]string{"status": string(pi.Status)})
}

func (s *Server) settleAtDesk(w http.ResponseWriter, r *http.Request) {
	inv, err := s.dueInvoice(r.Context(), r)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err := s.billing.SettleArrears(r.Context(), inv); err != nil {
		http.Error(w, err.Error(), http.StatusPaymentRequired)
		return
	}
	s.syncGate(r.Context(), inv.RentalID)
	writeJSON(w, http.StatusOK, map[string]string{"status": "paid"})
}

func (s *Server) auRefund(w http.ResponseWriter, r *http.Request) {
	amount, err := strconv.ParseInt(r.FormValue("amount"), 10, 64)
	if err != nil || amount <= 0 {
		http.Error(w, "bad amount", http.StatusBadRequest)
		return
	}
	if err := s.au.Refund(r.Context(), r.FormValue("txn"), amount, chi.URLParam(r, "refundID")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
