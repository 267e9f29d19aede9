package handler

// ---- Mercado Pago's back_urls: collection_status ----------------------------------
//
// Mercado Pago sends the buyer back to a checkout preference's back_urls
// with the payment in the query in its own words: collection_id (the
// payment's id) and collection_status (approved, pending, rejected),
// beside payment_id, status and external_reference. A page comparing
// collection_status with a paid value trusts what the buyer's browser
// carries, as one comparing payment_status does:
//
//	r.Route("/pagos/mercadopago", func(r chi.Router) { r.Get("/exito", p.success) })
//	if q.Get("collection_status") == "approved" { p.orders.Release(ctx, q.Get("external_reference")) }
//
// Only the exact parameter counts, and only compared with a paid value
// (payStatusParam's callers ask comparedWithPaid): a "status" of some
// other collection echoed into a page decides nothing.

// collectionStatus: n (normalised) is Mercado Pago's collection_status.
func collectionStatus(n string) bool { return n == "collectionstatus" }
