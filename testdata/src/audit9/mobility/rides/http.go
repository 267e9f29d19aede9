package rides

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"

	"audit9/mobility/domain"
)

// API is the rider-facing ride API.
type API struct {
	svc   *Service
	store domain.RideStore
}

// NewAPI returns the ride API.
func NewAPI(svc *Service, store domain.RideStore) *API { return &API{svc: svc, store: store} }

// Routes mounts the ride endpoints on r.
func (a *API) Routes(r chi.Router) {
	r.Post("/rides/{id}/unlock", a.unlock)
	r.Post("/rides/{id}/end", a.end)
	r.Get("/rides/3ds/return", a.threeDSReturn)
}

func (a *API) unlock(w http.ResponseWriter, r *http.Request) {
	err := a.svc.Unlock(r.Context(), chi.URLParam(r, "id"))
	switch {
	case errors.Is(err, ErrNeeds3DS):
		w.WriteHeader(http.StatusAccepted)
		_ = json.NewEncoder(w).Encode(map[string]string{"action": "3ds"})
	case err != nil:
		http.Error(w, err.Error(), http.StatusPaymentRequired)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

type endBody struct {
	FareCents int64 `json:"fare_cents"`
}

func (a *API) end(w http.ResponseWriter, r *http.Request) {
	var b endBody
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := a.svc.End(r.Context(), chi.URLParam(r, "id"), b.FareCents); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// threeDSReturn is where the issuer's challenge page sends the rider back
// for EU rides.
func (a *API) threeDSReturn(w http.ResponseWriter, r *http.Request) {
	rideID := r.URL.Query().Get("ride")
	ref, code, err := a.svc.adyen.Details(r.Context(), r.URL.Query().Get("redirectResult"))
	if err != nil {
		http.Redirect(w, r, "mobility://ride/"+rideID+"?error=1", http.StatusFound)
		return
	}
	if code != "Authorised" {
		http.Redirect(w, r, "mobility://ride/"+rideID+"?declined=1", http.StatusFound)
		return
	}
	if err := a.store.MarkAuthorized(r.Context(), ref); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	ride, err := a.store.Get(r.Context(), rideID)
	if err == nil {
		err = a.svc.start(r.Context(), ride)
	}
	if err != nil {
		http.Redirect(w, r, "mobility://ride/"+rideID+"?error=1", http.StatusFound)
		return
	}
	http.Redirect(w, r, "mobility://ride/"+rideID+"?unlocked=1", http.StatusFound)
}
