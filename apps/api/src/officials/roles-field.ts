import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { ROLE_LABELS_VI, ROLES } from '@tdkt/domain';

const ROLES_HINT = ROLES.map((role) => `${role} (${ROLE_LABELS_VI[role]})`).join(', ');

/** The roles an official holds in their unit, as an administrator gives them: at least one, each a known code. */
export const RolesField = () =>
  applyDecorators(
    ApiProperty({ enum: ROLES, isArray: true, example: ['specialist'] }),
    IsArray(),
    ArrayMinSize(1, { message: 'Chọn ít nhất một vai trò (roles).' }),
    ArrayMaxSize(ROLES.length),
    IsIn(ROLES, { each: true, message: `Vai trò phải là một trong: ${ROLES_HINT}.` }),
  );
