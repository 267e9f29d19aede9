// Package web is the members' API and the pages payment providers send
// members back to, on gorilla/mux.
package web

import (
	"context"
	"encoding/json"
	"html/template"
	"net/http"
	"strconv"
	"time"

	"github.com/gorilla/mux"

	"audit20/sportsclub/billing"
	"audit20/sportsclub/domain"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/psp"
	"audit20/sportsclub/store"
	"audit20/sportsclub/twint"
)

// PackagePayments is what the coaching pages need from billing.
type PackagePayments interface {
	MarkPaid(ctx context.Context, id int64) error
}

// Server holds the handlers' dependencies.
type Server struct {
	Bookings *billing.Bookings
	Store    *store.Bookings
	Coaching PackagePayments
	Square   *psp.Square
	Wallet   *twint.Client
	Clubs    map[int64]domain.Club
	pages    *template.Template
}

// New builds the server.
func New(b *billing.Bookings, s *store.Bookings, c PackagePayments, sq *psp.Square, w *twint.Client, clubs map[int64]domain.Club) *Server {
	return &Server{Bookings: b, Store: s, Coaching: c, Square: sq, Wallet: w, Clubs: clubs,
		pages: template.Must(template.New("page").Parse(`<!doctype html><h1>{{.Title}}</h1><p>{{.Body}}</p>`))}
}

// Routes registers the members' routes.
func (s *Server) Routes(r *mux.Router) {
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/bookings", s.createBooking).Methods(http.MethodPost)
	api.HandleFunc("/bookings/{id}/card", s.payCard).Methods(http.MethodPost)
	api.HandleFunc("/bookings/{id}/wallet/wait", s.waitWallet).Methods(http.MethodGet)

	r.HandleFunc("/bookings/{id}/return", s.bookingReturn).Methods(http.MethodGet)
	r.HandleFunc("/bookings/{id}/thanks", s.bookingThanks).Methods(http.MethodGet)
	r.HandleFunc("/twint/return", s.walletReturn).Methods(http.MethodGet)
	r.HandleFunc("/coaching/{id}/result", s.coachingResult).Methods(http.MethodGet)
	r.HandleFunc("/us/checkout/complete", s.squareComplete).Methods(http.MethodGet)
}

type createBookingReq struct {
	ClubID   int64     `json:"club_id"`
	CourtID  int64     `json:"court_id"`
	MemberID int64     `json:"member_id"`
	StartsAt time.Time `json:"starts_at"`
	Minutes  int       `json:"minutes"`
	Outdoor  bool      `json:"outdoor"`
	Cents    int64     `json:"price_cents"`
}

func (s *Server) createBooking(w http.ResponseWriter, r *http.Request) {
	var in createBookingReq
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	club, ok := s.Clubs[in.ClubID]
	if !ok {
		http.Error(w, "unknown club", http.StatusNotFound)
		return
	}
	b := domain.Booking{
		Ref: newRef(), ClubID: club.ID, CourtID: in.CourtID, MemberID: in.MemberID,
		StartsAt: in.StartsAt, Minutes: in.Minutes, Outdoor: in.Outdoor,
		PriceCents: in.Cents, Currency: club.Currency,
	}
	ctx := r.Context()
	if err := s.Store.Hold(ctx, &b); err != nil {
		platform.L("web").Error("hold", "err", err)
		http.Error(w, "could not hold the court", http.StatusInternalServerError)
		return
	}
	out := map[string]interface{}{"booking_id": b.ID, "ref": b.Ref}
	switch club.Region {
	case domain.RegionEU:
		id, err := s.Bookings.StartEU(ctx, b)
		if err != nil {
			http.Error(w, "payment provider unavailable", http.StatusBadGateway)
			return
		}
		out["mollie_payment_id"] = id
	case domain.RegionCH:
		p, err := s.Bookings.StartCH(ctx, b)
		if err != nil {
			http.Error(w, "payment provider unavailable", http.StatusBadGateway)
			return
		}
		out["qr_token"] = p.QRToken
	case domain.RegionUS:
		out["card_form"] = true
	}
	writeJSON(w, http.StatusCreated, out)
}

func (s *Server) payCard(w http.ResponseWriter, r *http.Request) {
	b, ok := s.booking(w, r)
	if !ok {
		return
	}
	var in struct {
		Nonce string `json:"nonce"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Nonce == "" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := s.Bookings.PayUS(r.Context(), b, in.Nonce); err != nil {
		http.Error(w, "card not charged", http.StatusPaymentRequired)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "confirmed"})
}

// waitWallet lets the booking page long-poll while the member confirms in
// the wallet app.
func (s *Server) waitWallet(w http.ResponseWriter, r *http.Request) {
	b, ok := s.booking(w, r)
	if !ok {
		return
	}
	state, err := s.Wallet.WaitForConfirmation(r.Context(), b.ProviderRef)
	if err != nil {
		http.Error(w, "wallet unavailable", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"state": state})
}

func (s *Server) booking(w http.ResponseWriter, r *http.Request) (domain.Booking, bool) {
	id, err := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return domain.Booking{}, false
	}
	b, err := s.Store.Get(r.Context(), id)
	if err != nil {
		http.NotFound(w, r)
		return domain.Booking{}, false
	}
	return b, true
}

func (s *Server) render(w http.ResponseWriter, title, body string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = s.pages.Execute(w, map[string]string{"Title": title, "Body": body})
}

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func newRef() string {
	const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
	n := time.Now().UnixNano()
	out := []byte("B-")
	for i := 0; i < 6; i++ {
		out = append(out, alphabet[n%int64(len(alphabet))])
		n /= int64(len(alphabet))
	}
	return string(out)
}
