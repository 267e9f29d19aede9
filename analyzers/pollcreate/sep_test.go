package pollcreate

// SeparatorDSPA: a wire transfer (POST /v3/wire-transfers through a
// method/path dispatcher) sent again inside the loop polling the first
// while it is still QUEUED reported; sending again only after RETURNED
// (terminal), and a work order (/v3/work-orders) opened again in the same
// shape silent.
var _ = cases.Add(Analyzer, "SeparatorDSPA", "dspa/sepoll/resend", "dspa/sepoll/terminal", "dspa/sepoll/workorders")
