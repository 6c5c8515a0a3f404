// The namespaces most files of this project use; a file adds its own below them.
global using FluentValidation;
global using HanoiDvc.Application.Common.Exceptions;
global using HanoiDvc.Application.Common.Interfaces;
global using HanoiDvc.Application.Common.Security;
global using HanoiDvc.Application.Dossiers.Common;
global using HanoiDvc.Domain.Dossiers;
global using MediatR;
global using Microsoft.EntityFrameworkCore;
