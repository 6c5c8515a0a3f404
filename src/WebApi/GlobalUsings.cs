// The namespaces most files of this project use; a file adds its own below them.
global using HanoiDvc.WebApi.Security;
global using MediatR;
global using Microsoft.AspNetCore.Http.HttpResults;
