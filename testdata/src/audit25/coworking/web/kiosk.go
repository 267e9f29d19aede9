package web

import (
	"html/template"
	"net/http"
	"strings"

	"audit25/coworking/adyenpay"
)

var passPage = template.Must(template.New("pass").Parse(`<h1>Welcome!</h1><p>Your day pass {{.}} is ready, show this screen at the desk.</p>`))

// Kiosk is the tablet flow at the front desk: walk-ins pay for a day pass
// on the tablet's Adyen page and come back here.
type Kiosk struct {
	Passes PassIssuer
}

func (k *Kiosk) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /kiosk/daypass/complete", k.complete)
}

func (k *Kiosk) complete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	bookingID := strings.TrimSpace(q.Get("booking"))
	if bookingID == "" {
		http.Error(w, "missing booking", http.StatusBadRequest)
		return
	}
	if !adyenpay.Succeeded(q.Get("resultCode")) {
		http.Redirect(w, r, "/kiosk/daypass?retry=1", http.StatusSeeOther)
		return
	}
	if err := k.Passes.Issue(r.Context(), bookingID); err != nil { // audit: reported at cmd/coworkingd/main.go:130, where store.DayPasses is bound to Passes (redirectfulfill): the pass is issued (booking stored paid) because adyenpay.Succeeded liked the resultCode in the query
		http.Error(w, "could not issue pass", http.StatusInternalServerError)
		return
	}
	_ = passPage.Execute(w, bookingID)
}
