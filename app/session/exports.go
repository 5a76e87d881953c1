package session

import "github.com/hecla-calc/calculator/app/view"

// The saved scenarios' comparison, export and import.

// ExportScenarios is the saved scenarios as an export file.
func (s *Session) ExportScenarios() []byte { return view.ExportScenarios(s.saved.List) }

// ExportResults is every output of the current scenario as CSV.
func (s *Session) ExportResults() string {
	return view.ResultsCSV(s.period, s.view.Query, s.view.Outputs, s.view.Base, s.source)
}

// Exported says the browser took an export, as the file named file.
func (s *Session) Exported(file string) Change {
	s.say("Exported " + file + ".")
	return Change{Layout: true}
}

// ExportFailed says the browser refused an export.
func (s *Session) ExportFailed(err error) Change {
	s.say("Could not export: " + err.Error())
	return Change{Layout: true}
}

// ImportTooBig refuses a file of size bytes over the limit, unread.
func (s *Session) ImportTooBig(size int) Change {
	s.say("Could not import: " + view.ImportTooBig(size).Error() + ".")
	return Change{Layout: true}
}

// Import saves the scenarios of an export file's bytes b, each as a new
// entry; now and when are the time, as for Save.
func (s *Session) Import(b []byte, now uint64, when string) Change {
	r := view.ImportFile(s.store, b, s.model, now, when)
	s.reloadSaved()
	s.saved.Notices = append(s.saved.Notices, r.Notices...)
	s.say(r.Status())
	return Change{Layout: true}
}
