// The namespaces most files of this project use; a file adds its own below them.
global using HanoiDvc.Domain.Common;
