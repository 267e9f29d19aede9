package routers

import "net/http"

// Look-alike routes: a product return and an OAuth callback are neither a
// payment redirect nor a payment webhook.
func Words() {
	http.HandleFunc("POST /orders/{id}/return", productReturn)
	http.HandleFunc("/auth/callback", oauthCallback)
	http.HandleFunc("/return", handleReturn)
}

func productReturn(w http.ResponseWriter, r *http.Request) { // want `handler productReturn fw=net/http routes=\[POST /orders/\{id\}/return\] redirect=- webhook=- params=\[\] headers=\[\]`
}

func oauthCallback(w http.ResponseWriter, r *http.Request) { // want `handler oauthCallback fw=net/http routes=\[/auth/callback\] redirect=- webhook=- params=\[query:code\] headers=\[\]`
	_ = r.URL.Query().Get("code")
}

func handleReturn(w http.ResponseWriter, r *http.Request) { // want `handler handleReturn fw=net/http routes=\[/return\] redirect=route /return webhook=- params=\[\] headers=\[\]`
}

func Admin() {
	http.HandleFunc("POST /admin/orders/status", adminSetStatus)
	http.HandleFunc("GET /orders/status", buyerLanding)
}

// adminSetStatus reads status and an order id, but from a POST form.
func adminSetStatus(w http.ResponseWriter, r *http.Request) { // want `handler adminSetStatus fw=net/http routes=\[POST /admin/orders/status\] redirect=- webhook=- params=\[form:status form:order_id\] headers=\[\]`
	_, _ = r.FormValue("status"), r.FormValue("order_id")
}

// buyerLanding reads status and an order id on a GET: a redirect target.
func buyerLanding(w http.ResponseWriter, r *http.Request) { // want `handler buyerLanding fw=net/http routes=\[GET /orders/status\] redirect=reads status and an order id webhook=- params=\[query:status query:order_id\] headers=\[\]`
	_, _ = r.URL.Query().Get("status"), r.URL.Query().Get("order_id")
}

type route struct {
	Method  string
	Path    string
	Handler http.HandlerFunc
}

// Table registers through a route table the model reads.
func Table() []route {
	return []route{
		{"POST", "/webhooks/table", tableHook},
		{Method: "GET", Path: "/checkout/table-success", Handler: tableSuccess},
	}
}

var pages = map[string]http.HandlerFunc{"/pay/thanks": mapThanks}

func tableHook(w http.ResponseWriter, r *http.Request) { // want `handler tableHook fw=net/http routes=\[POST /webhooks/table\] redirect=- webhook=route /webhooks/table params=\[\] headers=\[\]`
}

func tableSuccess(w http.ResponseWriter, r *http.Request) { // want `handler tableSuccess fw=net/http routes=\[GET /checkout/table-success\] redirect=route /checkout/table-success webhook=- params=\[\] headers=\[\]`
}

func mapThanks(w http.ResponseWriter, r *http.Request) { // want `handler mapThanks fw=net/http routes=\[/pay/thanks\] redirect=route /pay/thanks webhook=- params=\[\] headers=\[\]`
}
